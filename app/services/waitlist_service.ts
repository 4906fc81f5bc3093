import type { Infer } from '@vinejs/vine/types'
import type { Locale } from '#domain/statuses'
import WaitlistJoined from '#events/waitlist_joined'
import WaitlistEntry from '#models/waitlist_entry'
import { isUniqueViolation } from '#services/database_errors'
import type { waitlistValidator } from '#validators/site'

/** /waitlist: one entry per address (case-insensitive, the database's unique index). */
export default class WaitlistService {
  /**
   * Adds the address; `alreadyOnList` when it was there before, which is
   * answered politely and sends no second round of emails.
   */
  async join(input: Infer<typeof waitlistValidator>, locale: Locale) {
    try {
      const entry = await WaitlistEntry.create({
        email: input.email,
        name: input.name ?? null,
        locale,
      })
      await WaitlistJoined.dispatch(entry)
      return { alreadyOnList: false }
    } catch (error) {
      if (isUniqueViolation(error, 'waitlist_entries_email_lower_unique')) {
        return { alreadyOnList: true }
      }
      throw error
    }
  }
}
