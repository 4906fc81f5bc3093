import type { Session } from '@adonisjs/session'

/**
 * Flashes an error for one form field, the way a failed validation does, so
 * Inertia pages show it next to the field (`errors.<field>`).
 */
export function flashFieldError(session: Session, field: string, message: string) {
  session.flash('inputErrorsBag', { [field]: [message] })
}
