import { WarrantySchema } from '#database/schema'

/** An extended warranty plan; its duration drives warranty reminders. */
export default class Warranty extends WarrantySchema {}
