import { BaseEvent } from '@adonisjs/core/events'
import type WaitlistEntry from '#models/waitlist_entry'

/** A new address joined the waitlist (not sent again for an address already on it). */
export default class WaitlistJoined extends BaseEvent {
  constructor(public entry: WaitlistEntry) {
    super()
  }
}
