import { PeripheralSchema } from '#database/schema'

/** A peripheral sold with a build (monitor, keyboard, …). */
export default class Peripheral extends PeripheralSchema {}
