import { BaseCommand, args } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { STAFF_ROLES, type UserRole } from '#domain/statuses'

/**
 * `node ace create:admin <email> <password> <first> <last> <admin|superadmin>`:
 * the only way staff accounts come to exist (SPEC §7). Missing arguments are
 * asked for. The password is temporary: the first sign-in at /staff/login
 * replaces it, confirms the email address and enrols TOTP.
 */
export default class CreateAdmin extends BaseCommand {
  static commandName = 'create:admin'
  static description = 'Create a staff account (admin or superadmin) with a temporary password'
  static help = [
    'The new member signs in at /staff/login with the temporary password, then chooses a new',
    'password, confirms their email address and sets up an authenticator app.',
    '',
    '{{ binaryName }} create:admin eleni@pcmr.gr "temporary-pass-123" Ελένη Παππά admin',
    '{{ binaryName }} create:admin    (asks for everything)',
  ]
  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'Email address (unique, case-insensitive)', required: false })
  declare email?: string

  @args.string({ description: 'Temporary password, at least 12 characters', required: false })
  declare password?: string

  @args.string({ description: 'First name', required: false })
  declare firstName?: string

  @args.string({ description: 'Last name', required: false })
  declare lastName?: string

  @args.string({ description: 'Role: admin or superadmin', required: false })
  declare role?: string

  async run() {
    // Imported once the app has booted: models and services need the container.
    const { errors } = await import('@vinejs/vine')
    const { default: db } = await import('@adonisjs/lucid/services/db')
    const { default: User } = await import('#models/user')
    const { default: ActivityLogService, userSubject } =
      await import('#services/activity_log_service')
    const { createAdminValidator } = await import('#validators/staff')
    const { isStaffEmail, staffEmailDomain } = await import('#validators/auth')

    const input = {
      email: this.email ?? (await this.prompt.ask('Email address')),
      password:
        this.password ?? (await this.prompt.secure('Temporary password (at least 12 characters)')),
      firstName: this.firstName ?? (await this.prompt.ask('First name')),
      lastName: this.lastName ?? (await this.prompt.ask('Last name')),
      role: this.role ?? (await this.prompt.choice('Role', [...STAFF_ROLES])),
    }

    let data: Awaited<ReturnType<typeof createAdminValidator.validate>>
    try {
      data = await createAdminValidator.validate(input)
    } catch (error) {
      if (!(error instanceof errors.E_VALIDATION_ERROR)) throw error
      for (const message of error.messages as { field: string; message: string }[]) {
        this.logger.error(`${message.field}: ${message.message}`)
      }
      if (!(STAFF_ROLES as readonly string[]).includes(input.role ?? '')) {
        this.logger.error(`role must be one of: ${STAFF_ROLES.join(', ')}`)
      }
      this.exitCode = 1
      return
    }

    const existing = await User.findByEmail(data.email)
    if (existing) {
      this.logger.error(`A user with the email ${data.email} already exists (id ${existing.id}).`)
      this.exitCode = 1
      return
    }

    if (!isStaffEmail(data.email)) {
      this.logger.warning(
        `${data.email} is not an address of the staff domain @${staffEmailDomain()} (STAFF_EMAIL_DOMAIN).`
      )
    }

    const user = await db.transaction(async (trx) => {
      const created = await User.create(
        {
          email: data.email,
          password: data.password,
          firstName: data.firstName,
          lastName: data.lastName,
          role: data.role as UserRole,
          locale: 'en',
          mustChangePassword: true,
          emailVerifiedAt: null,
        },
        { client: trx }
      )
      await new ActivityLogService().record(
        {
          actor: null,
          action: 'staff.created',
          subject: userSubject(created),
          metadata: { email: created.email, role: created.role, via: 'create:admin' },
        },
        trx
      )
      return created
    })

    const { default: env } = await import('#start/env')
    const appUrl = env.get('APP_URL')
    this.logger.success(
      `Created ${user.role} ${user.email} (${user.fullName}, id ${user.id}), temporary password set.`
    )
    this.logger.info(
      `First sign-in at ${appUrl.replace(/\/+$/, '')}/staff/login: new password → confirm email → authenticator app.`
    )
  }
}
