import { Exception } from '@adonisjs/core/exceptions'
import type { HttpContext } from '@adonisjs/core/http'
import { errors as vineErrors } from '@vinejs/vine'

/**
 * A use case refusing what it was asked (a published quote is no longer
 * editable, a status change the lifecycle forbids, a wrong second-factor
 * code…). It renders itself the way a VineJS validation error is rendered, so
 * a form shows it next to its field and no caller has to translate it:
 * - HTML and Inertia forms are redirected back with the message in the
 *   session's error bag (with the old input, except for Inertia visits);
 * - JSON clients get `422 { errors: [{ field, message, rule }] }`.
 *
 * `field` is the form field the refusal is about (`form`: the whole form,
 * shown at the top of it).
 */
export default abstract class DomainRefusal extends Exception {
  /** Every refusal's status (its subclasses inherit it). */
  static status = 422

  /** The form field the message belongs next to. */
  abstract readonly field: string
  /** Names the kind of refusal for API clients, like a VineJS rule name. */
  abstract readonly rule: string

  /** The field of this request's form that shows the message. */
  fieldFor(_ctx: HttpContext) {
    return this.field
  }

  async handle(error: this, ctx: HttpContext) {
    const messages = [{ field: error.fieldFor(ctx), message: error.message, rule: error.rule }]
    const validationError = new vineErrors.E_VALIDATION_ERROR(messages)

    switch (ctx.request.accepts(['html', 'application/vnd.api+json', 'json'])) {
      case 'application/vnd.api+json':
        return ctx.response.status(error.status).send({
          errors: messages.map((message) => ({
            title: message.message,
            code: message.rule,
            source: { pointer: message.field },
          })),
        })
      case 'json':
        return ctx.response.status(error.status).send({ errors: messages })
    }

    if (!ctx.session) {
      return ctx.response
        .status(error.status)
        .type('text/plain')
        .send(`${messages[0].field} - ${messages[0].message}`)
    }
    ctx.session.flashValidationErrors(validationError, !ctx.request.header('X-Inertia'))
    return ctx.response.redirect('back', true)
  }
}

/**
 * A refusal about the whole form, named by a reason whose words are in
 * resources/lang/{el,en}/<namespace>.json under `refusals.<reason>`, said in
 * the language of the request. The reason is also the rule JSON clients see.
 */
export abstract class ReasonedRefusal<Reason extends string> extends DomainRefusal {
  readonly field = 'form'
  readonly rule: string
  /** The translation file holding `refusals.<reason>`. */
  protected abstract readonly namespace: string

  constructor(
    readonly reason: Reason,
    message: string
  ) {
    super(message)
    this.rule = reason
  }

  async handle(error: this, ctx: HttpContext) {
    error.message = ctx.i18n.t(`${error.namespace}.refusals.${error.reason}`)
    return super.handle(error, ctx)
  }
}
