import emitter from '@adonisjs/core/services/emitter'
import { BaseSeeder } from '@adonisjs/lucid/seeders'
import UsersSeeder from '#database/seeders/demo/users_seeder'
import CatalogSeeder from '#database/seeders/demo/catalog_seeder'
import OrdersSeeder, { type SeededOrder } from '#database/seeders/demo/orders_seeder'

/**
 * All the demo data, in dependency order (accounts, catalog, then orders that
 * use both), in one transaction: a failure leaves the database as it was
 * rather than half seeded. Run by `node ace demo:seed` (or `node ace db:seed`,
 * which runs only this file: the parts under demo/ opt out on their own).
 * Never in production.
 */
export default class MainSeeder extends BaseSeeder {
  static environment = ['development', 'test']

  /** The orders created and where each ended up, for the command's summary. */
  orders: SeededOrder[] = []

  async run() {
    /*
    | Status changes emit OrderStatusChanged, whose listeners email customers
    | and staff. Demo orders are history being recreated, not news: the events
    | are captured by a fake until the transaction has committed, then dropped.
    */
    emitter.fake()
    try {
      await this.client.transaction(async (trx) => {
        await new UsersSeeder(trx).run()
        await new CatalogSeeder(trx).run()
        const orders = new OrdersSeeder(trx)
        await orders.run()
        this.orders = orders.seeded
      })
    } finally {
      emitter.restore()
    }
  }
}
