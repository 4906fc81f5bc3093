import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import hash from '@adonisjs/core/services/hash'
import ActivityLog from '#models/activity_log'
import User from '#models/user'
import CreateAdmin from '../../commands/create_admin.js'

async function run(args: string[]) {
  const ace = await app.container.make('ace')
  const command = await ace.create(CreateAdmin, args)
  return command
}

test.group('create:admin', (group) => {
  group.each.setup(async () => {
    const ace = await app.container.make('ace')
    ace.ui.switchMode('raw')
    return () => ace.ui.switchMode('normal')
  })

  test('creates a staff account that must change its temporary password', async ({ assert }) => {
    const command = await run([
      'Eleni@PCMR.gr',
      'temporary-pass-123',
      'Ελένη',
      'Παππά',
      'superadmin',
    ])
    await command.exec()
    command.assertSucceeded()
    command.assertLogMatches(/Created superadmin eleni@pcmr\.gr/)

    const user = await User.findByOrFail('email', 'eleni@pcmr.gr')
    assert.equal(user.role, 'superadmin')
    assert.isTrue(user.mustChangePassword)
    assert.isNull(user.emailVerifiedAt)
    assert.equal(user.locale, 'en')
    assert.equal(user.firstName, 'Ελένη')
    assert.isTrue(await hash.verify(user.password!, 'temporary-pass-123'))

    const log = await ActivityLog.query().where('action', 'staff.created').firstOrFail()
    assert.isNull(log.actorId)
    assert.equal(log.subjectType, 'user')
    assert.equal(log.subjectId, user.id)
    assert.equal(log.metadata.role, 'superadmin')
  })

  test('refuses an email that exists, whatever its case', async ({ assert }) => {
    const first = await run(['nikos@pcmr.gr', 'temporary-pass-123', 'Νίκος', 'Μ.', 'admin'])
    await first.exec()
    const command = await run(['NIKOS@pcmr.gr', 'another-pass-1234', 'Νίκος', 'Β.', 'superadmin'])
    await command.exec()
    command.assertFailed()
    command.assertLogMatches(/already exists/)
    assert.lengthOf(await User.all(), 1)
    const kept = await User.firstOrFail()
    assert.equal(kept.role, 'admin')
  })

  test('refuses a role other than admin or superadmin', async ({ assert }) => {
    for (const role of ['customer', 'owner']) {
      const command = await run(['x@pcmr.gr', 'temporary-pass-123', 'X', 'Y', role])
      await command.exec()
      command.assertFailed()
      command.assertLogMatches(/role/)
    }
    assert.lengthOf(await User.all(), 0)
  })

  test('refuses a short password and a malformed email', async ({ assert }) => {
    const short = await run(['x@pcmr.gr', 'short', 'X', 'Y', 'admin'])
    await short.exec()
    short.assertFailed()
    short.assertLogMatches(/password/)

    const email = await run(['not-an-email', 'temporary-pass-123', 'X', 'Y', 'admin'])
    await email.exec()
    email.assertFailed()
    email.assertLogMatches(/email/)
    assert.lengthOf(await User.all(), 0)
  })

  test('asks for missing arguments', async ({ assert }) => {
    const command = await run(['maria@pcmr.gr'])
    command.prompt
      .trap('Temporary password (at least 12 characters)')
      .replyWith('temporary-pass-123')
    command.prompt.trap('First name').replyWith('Μαρία')
    command.prompt.trap('Last name').replyWith('Κ.')
    command.prompt.trap('Role').chooseOption(0)
    await command.exec()
    command.assertSucceeded()

    const user = await User.findByOrFail('email', 'maria@pcmr.gr')
    assert.equal(user.role, 'admin')
    assert.isTrue(user.mustChangePassword)
  })
})
