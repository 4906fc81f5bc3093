import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * `node ace demo:seed [--if-empty]`: the demo accounts, catalog and orders.
 * `npm run dev` runs it with --if-empty on every start, so it must be a no-op
 * on a database that already has data.
 */
export default class DemoSeed extends BaseCommand {
  static commandName = 'demo:seed'
  static description = 'Seed the demo accounts, catalog and orders (development only)'
  static options: CommandOptions = { startApp: true }

  @flags.boolean({ description: 'Do nothing when the database already has users' })
  declare ifEmpty: boolean

  async run() {
    // Demo logins have published passwords: they must never exist in production.
    if (this.app.inProduction) {
      this.logger.error('demo:seed refuses to run in production')
      this.exitCode = 1
      return
    }

    // Imported here, once the app has booted: models and services need the container.
    const { default: db } = await import('@adonisjs/lucid/services/db')
    const { default: MainSeeder } = await import('#database/seeders/main_seeder')

    if (this.ifEmpty) {
      const users = await db.from('users').count('* as total').first()
      if (Number(users?.total ?? 0) > 0) {
        this.logger.info('Demo data exists (the users table is not empty): nothing to do')
        return
      }
    }

    const seeder = new MainSeeder(db.connection())
    await seeder.run()

    const counts = await Promise.all(
      ['users', 'components', 'component_price_histories', 'orders', 'order_lines', 'builds'].map(
        async (table) => {
          const row = await db.from(table).count('* as total').first()
          return [table, Number(row?.total ?? 0)] as const
        }
      )
    )

    const table = this.ui.table()
    table.head(['Order', 'Story', 'Order status', 'Payment', 'Fulfilment', 'Customer'])
    for (const order of seeder.orders) {
      table.row([
        order.orderNumber,
        order.label,
        order.orderStatus,
        order.paymentStatus,
        order.fulfillmentStatus ?? '-',
        order.customer ?? '-',
      ])
    }
    table.render()

    this.logger.success(
      `Demo data seeded: ${counts.map(([name, total]) => `${total} ${name}`).join(', ')}`
    )
  }
}
