import env from '#start/env'
import pg from 'pg'
import { defineConfig } from '@adonisjs/lucid'

/*
| int8 (counts, sums of cents, byte sizes) as JavaScript numbers instead of
| strings: every such value in this app stays far below 2^53. numeric is only
| used for temperatures, never for money.
*/
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10))
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number.parseFloat(value))

/*
| PostgreSQL only. DATABASE_URL wins over the DB_* parts when both are set.
*/
const databaseUrl = env.get('DATABASE_URL')

const dbConfig = defineConfig({
  connection: 'postgres',
  connections: {
    postgres: {
      client: 'pg',
      connection: databaseUrl
        ? {
            connectionString: databaseUrl,
            ssl: env.get('DB_SSL') ? { rejectUnauthorized: false } : undefined,
          }
        : {
            host: env.get('DB_HOST'),
            port: env.get('DB_PORT', 5432),
            user: env.get('DB_USER', 'postgres'),
            password: env.get('DB_PASSWORD', ''),
            database: env.get('DB_DATABASE', 'pcmr'),
            ssl: env.get('DB_SSL') ? { rejectUnauthorized: false } : undefined,
          },
      pool: { min: 0, max: 10 },
      migrations: {
        naturalSort: true,
        paths: ['database/migrations'],
      },
      seeders: {
        paths: ['database/seeders'],
      },
      // database/schema.ts is regenerated from the database after each migration run.
      schemaGeneration: {
        enabled: true,
        rulesPaths: ['./database/schema_rules.ts'],
        excludeTables: [
          'order_number_counters',
          'queue_jobs',
          'queue_schedules',
          'rate_limits',
          'sessions',
        ],
      },
    },
  },
})

export default dbConfig
