import { ServiceSchema } from '#database/schema'

/** A workshop service (assembly, OS install, cable management, …). */
export default class Service extends ServiceSchema {}
