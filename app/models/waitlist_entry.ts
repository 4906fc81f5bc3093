import { WaitlistEntrySchema } from '#database/schema'

/** Someone who asked to hear from us before we take their order. */
export default class WaitlistEntry extends WaitlistEntrySchema {}
