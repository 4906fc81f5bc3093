import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import { compiledStatement } from '#queries/compiled_statement'
import { UserFactory } from '#database/factories/user_factory'
import { statementsDuring } from '#tests/helpers/database'

test.group('Compiled statements', () => {
  test('send the builder’s own SQL, with each run’s values', async ({ assert }) => {
    const [ana, ben] = await UserFactory.merge([
      { firstName: 'Ana' },
      { firstName: 'Ben' },
    ]).createMany(2)
    const byEmail = compiledStatement((email: string) =>
      User.query().where('email', email).select('id', 'first_name').limit(1)
    )

    const sent = await statementsDuring(async () => {
      assert.deepEqual(await byEmail.first(ana.email), { id: ana.id, first_name: 'Ana' })
      assert.deepEqual(await byEmail.rows(ben.email), [{ id: ben.id, first_name: 'Ben' }])
      assert.isNull(await byEmail.first('nobody@example.com'))
    })

    const built = await statementsDuring(() =>
      User.query().where('email', ana.email).select('id', 'first_name').first()
    )
    assert.deepEqual(
      sent.map((statement) => statement.sql),
      Array(3).fill(built[0].sql)
    )
    // The limit is the builder's constant; the email is the run's.
    assert.deepEqual(
      sent.map((statement) => statement.bindings),
      [
        [ana.email, 1],
        [ben.email, 1],
        ['nobody@example.com', 1],
      ]
    )
  })

  test('bind parameters in the order the SQL needs them, and count the rows they change', async ({
    assert,
  }) => {
    const [ana, ben] = await UserFactory.createMany(2)
    const rename = compiledStatement((id: number, firstName: string) =>
      db.from('users').where('id', id).update({ first_name: firstName })
    )

    assert.equal(await rename.execute(ben.id, 'Benedict'), 1)
    assert.equal(await rename.execute(0, 'Nobody'), 0)

    const names = await db
      .from('users')
      .whereIn('id', [ana.id, ben.id])
      .orderBy('id')
      .select('first_name')
    assert.deepEqual(
      names.map((row) => row.first_name),
      [ana.firstName, 'Benedict']
    )
  })

  test('fail with the statement in the message, and give the connection back', async ({
    assert,
  }) => {
    const user = await UserFactory.create()
    const byId = compiledStatement((id: string) => db.from('users').where('id', id).limit(1))

    // More failures than the pool has connections: none of them is kept.
    for (let attempt = 0; attempt < 12; attempt++) {
      await assert.rejects(
        () => byId.first('not a number'),
        /^select \* from "users" .*invalid input/
      )
    }
    assert.deepInclude(await byId.first(String(user.id)), { id: user.id })
  })

  test('refuse a parameter that shapes the statement instead of being bound', async ({
    assert,
  }) => {
    const sortedBy = compiledStatement((column: string) => db.from('users').orderBy(column))
    const unused = compiledStatement((_id: number) => db.from('users').where('id', 1))

    await assert.rejects(() => sortedBy.rows('email'), /parameter 0 is not a binding/)
    await assert.rejects(() => unused.rows(1), /parameter 0 is not a binding/)
  })
})
