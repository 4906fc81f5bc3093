import { configApp } from '@adonisjs/eslint-config'

export default configApp({
  // Generated: database/schema.ts (by migrations), .adonisjs (by the assembler).
  ignores: ['build/**', 'public/assets/**', '.adonisjs/**', 'tmp/**', 'database/schema.ts'],
})
