import { SoftwareSchema } from '#database/schema'

/** A software licence sold with a build. */
export default class Software extends SoftwareSchema {}
