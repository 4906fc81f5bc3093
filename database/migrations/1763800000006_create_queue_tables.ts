/*
| The durable job queue (config/queue.ts): `queue_jobs` holds every pending,
| delayed (waiting for a retry), active and failed job; `queue_schedules`
| recurring ones. Tables and indexes as @adonisjs/queue defines them.
*/
import { BaseSchema } from '@adonisjs/lucid/schema'
import { QueueSchemaService } from '@adonisjs/queue'

export default class extends BaseSchema {
  async up() {
    const schemaService = new QueueSchemaService(this.db.getWriteClient())

    await schemaService.createJobsTable()
    await schemaService.createSchedulesTable()
  }

  async down() {
    const schemaService = new QueueSchemaService(this.db.getWriteClient())

    await schemaService.dropSchedulesTable()
    await schemaService.dropJobsTable()
  }
}
