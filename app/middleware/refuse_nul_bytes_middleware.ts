import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { errors as vineErrors } from '@vinejs/vine'

const NUL = '\u0000'

/**
 * Paths (VineJS notation: `lines.0.name`) of the values under `value` that
 * hold a NUL character, in a string or in an object key, at any depth.
 */
export function pathsWithNul(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return value.includes(NUL) ? [path] : []
  if (value === null || typeof value !== 'object') return []

  const paths: string[] = []
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key.replaceAll(NUL, '')}` : key.replaceAll(NUL, '')
    if (key.includes(NUL)) paths.push(childPath)
    else paths.push(...pathsWithNul(child, childPath))
  }
  return paths
}

/**
 * Router-wide, after the body parser and the session: a NUL character
 * (`\u0000` in JSON, `%00` in a form or a query string) in any field of any
 * request is refused here, once for every route, as a validation error on
 * that field (forms are sent back with the error next to the field, JSON
 * clients get a 422 listing the fields). PostgreSQL text cannot hold NUL:
 * such a value would otherwise fail at the database as a 500. No field of the
 * app has a use for the character.
 */
export default class RefuseNulBytesMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const fields = new Set([...pathsWithNul(ctx.request.qs()), ...pathsWithNul(ctx.request.body())])
    if (fields.size === 0) return next()

    const message = ctx.i18n.t('validator.shared.messages.nulCharacter')
    throw new vineErrors.E_VALIDATION_ERROR(
      [...fields].map((field) => ({ field, message, rule: 'nulCharacter' }))
    )
  }
}
