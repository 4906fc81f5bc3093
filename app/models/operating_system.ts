import { OperatingSystemSchema } from '#database/schema'

/** An operating system licence offered with builds. */
export default class OperatingSystem extends OperatingSystemSchema {}
