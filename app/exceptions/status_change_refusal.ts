import type { HttpContext } from '@adonisjs/core/http'
import DomainRefusal from '#exceptions/domain_refusal'

/**
 * A refused status change: its message goes next to `to`, the status asked
 * for on the staff order page. Publishing from the quote editor is the
 * draft → quote change too, but that form posts no `to`: there the message is
 * about the whole form.
 */
export default abstract class StatusChangeRefusal extends DomainRefusal {
  readonly field: string = 'to'
  readonly rule: string = 'transition'

  fieldFor(ctx: HttpContext) {
    return ctx.request.input(this.field) === undefined ? 'form' : this.field
  }
}
