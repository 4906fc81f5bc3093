import { BaseSchema } from '@adonisjs/lucid/schema'
import { LOCALES, USER_ROLES, USER_TOKEN_PURPOSES } from '#domain/statuses'
import { checkIn, dropTables } from '#database/sql_helpers'

export default class extends BaseSchema {
  async up() {
    this.schema.createTable('users', (table) => {
      table.increments('id')
      table.string('email', 254).notNullable()
      // Nullable: a Google sign-in account may never set a password.
      table.string('password').nullable()
      table.string('first_name', 100).notNullable()
      table.string('last_name', 100).notNullable()
      table.string('phone', 40).nullable()
      table.string('role', 20).notNullable().defaultTo('customer')
      table.string('locale', 2).notNullable().defaultTo('el')
      table.timestamp('email_verified_at', { useTz: true }).nullable()
      table.boolean('must_change_password').notNullable().defaultTo(false)
      table.timestamp('banned_at', { useTz: true }).nullable()
      table.text('ban_reason').nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.check(checkIn('role', USER_ROLES))
      table.check(checkIn('locale', LOCALES))
    })
    // Case-insensitive uniqueness: Maria@x.gr and maria@x.gr are one account.
    this.schema.raw('create unique index users_email_lower_unique on users (lower(email))')
    this.schema.raw('create index users_role_index on users (role)')

    this.schema.createTable('two_factor_secrets', (table) => {
      table.increments('id')
      table.integer('user_id').notNullable().unique().references('users.id').onDelete('CASCADE')
      // Encrypted with APP_KEY (encryption service), never stored in clear.
      table.text('secret').notNullable()
      table.timestamp('enabled_at', { useTz: true }).nullable()
      // Hashes of the single-use recovery codes still unused.
      table.jsonb('recovery_codes').notNullable().defaultTo('[]')
      // Last accepted TOTP time step: a code is refused twice in one step.
      table.bigInteger('last_used_step').nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
    })

    this.schema.createTable('user_tokens', (table) => {
      table.increments('id')
      table.integer('user_id').notNullable().references('users.id').onDelete('CASCADE')
      table.string('purpose', 30).notNullable()
      // SHA-256 of the random token sent by email; the token itself is never stored.
      table.string('token_hash', 64).notNullable().unique()
      table.string('new_email', 254).nullable()
      table.timestamp('expires_at', { useTz: true }).notNullable()
      table.timestamp('used_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.check(checkIn('purpose', USER_TOKEN_PURPOSES))
      table.index(['user_id', 'purpose'])
    })
  }

  async down() {
    dropTables(this.schema, ['user_tokens', 'two_factor_secrets', 'users'])
  }
}
