/*
| The quote editor's forms (back office) run QuoteService actions. The
| service's refusals (a published quote is no longer editable, an empty quote
| cannot be published, a deactivated catalog row, a validity date on an
| accepted order) are 422 exceptions; on a form they must show next to it like
| a validation error, never as an error page. This turns them into one.
*/
import { errors as lucidErrors } from '@adonisjs/lucid'
import { InvalidTransitionError } from '#domain/order_lifecycle'
import { formError } from '#services/form_errors'
import {
  CatalogItemInactiveError,
  EmptyQuoteError,
  QuoteNotEditableError,
  QuoteValidityError,
} from '#services/quote_service'

const REFUSALS = [
  QuoteNotEditableError,
  EmptyQuoteError,
  CatalogItemInactiveError,
  QuoteValidityError,
  InvalidTransitionError,
]

/**
 * Runs a QuoteService action; a refusal becomes a form error on `field`
 * (`form` by default: the message shown at the top of the form). With
 * `missingRow`, a row that does not exist (a catalog id from a stale search)
 * is an error on that field too; otherwise it stays a 404.
 */
export async function quoteAction<T>(
  action: () => Promise<T>,
  options: { field?: string; missingRow?: { field: string; message: string } } = {}
): Promise<T> {
  try {
    return await action()
  } catch (error) {
    if (REFUSALS.some((Refusal) => error instanceof Refusal)) {
      throw formError(options.field ?? 'form', (error as Error).message)
    }
    if (options.missingRow && error instanceof lucidErrors.E_ROW_NOT_FOUND) {
      throw formError(options.missingRow.field, options.missingRow.message)
    }
    throw error
  }
}
