/*
| What a visitor tells us through /contact (an intake request). The labels of
| the use cases are in resources/lang/{el,en}/site.json (`contact.useCases`).
*/

/** What the computer is for: the choices of the contact form. */
export const INTAKE_USE_CASES = [
  'gaming',
  'creator',
  'developer',
  'architect',
  'office',
  'other',
] as const

export type IntakeUseCase = (typeof INTAKE_USE_CASES)[number]

/** Longest message a request may carry (characters). */
export const INTAKE_MESSAGE_MAX_LENGTH = 5000

/** Highest budget a request may state, in whole euros (keeps cents within an integer). */
export const INTAKE_BUDGET_MAX_EUROS = 1_000_000
