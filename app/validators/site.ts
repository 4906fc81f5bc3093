/*
| The public site's forms: /contact (an intake request), /waitlist and the
| cookie consent. Their messages are in resources/lang/{el,en}/validator.json
| (`ctx.i18n.createMessagesProvider()`). Besides wrong types and oversized
| values, a field the form does not have is refused too (`unknownField`), so
| a client learns its mistake instead of having data silently dropped.
*/
import vine from '@vinejs/vine'
import type { FieldContext } from '@vinejs/vine/types'
import { CONSENT_CATEGORIES } from '#domain/cookie_policy'
import {
  INTAKE_BUDGET_MAX_EUROS,
  INTAKE_MESSAGE_MAX_LENGTH,
  INTAKE_USE_CASES,
} from '#domain/intake'
import { emailField, phoneField } from '#validators/auth'

/**
 * Keys that are not the client's fields: the CSRF field of plain HTML forms
 * (config/shield.ts), and the route params, headers and cookies that
 * `request.validateUsing` hands to every validator next to the body.
 */
const NOT_FORM_FIELDS = new Set(['_csrf', 'params', 'headers', 'cookies'])

/** Reports every key of the object that the schema does not declare, as an error on that key. */
const knownFieldsOnly = vine.createRule(
  (value: unknown, fields: readonly string[], field: FieldContext) => {
    if (!value || typeof value !== 'object') return
    for (const key of Object.keys(value)) {
      if (fields.includes(key) || NOT_FORM_FIELDS.has(key)) continue
      // Reported on the key itself, so the error sits where the client put it.
      field.report('The {{ field }} field is not part of this form', 'unknownField', {
        ...field,
        name: key,
        wildCardPath: key,
        isArrayMember: false,
        getFieldPath: () => key,
      } as FieldContext)
    }
  }
)

/** An object schema that refuses keys it does not declare. */
function strictObject<Properties extends Parameters<typeof vine.object>[0]>(
  properties: Properties
) {
  return vine.object(properties).use(knownFieldsOnly(Object.keys(properties)))
}

export const contactValidator = vine.create(
  strictObject({
    name: vine.string().trim().minLength(1).maxLength(200),
    email: emailField(),
    phone: phoneField(),
    useCase: vine.enum(INTAKE_USE_CASES),
    // Whole euros; stored as cents.
    budget: vine
      .number()
      .withoutDecimals()
      .min(0)
      .max(INTAKE_BUDGET_MAX_EUROS)
      .nullable()
      .optional(),
    message: vine.string().trim().minLength(1).maxLength(INTAKE_MESSAGE_MAX_LENGTH),
  })
)

export const waitlistValidator = vine.create(
  strictObject({
    email: emailField(),
    name: vine.string().trim().maxLength(200).nullable().optional(),
  })
)

/** One yes/no per consent category; `necessary` is implied and not asked. */
export const cookieConsentValidator = vine.create(
  strictObject(
    Object.fromEntries(CONSENT_CATEGORIES.map((category) => [category, vine.boolean()])) as {
      [Category in (typeof CONSENT_CATEGORIES)[number]]: ReturnType<typeof vine.boolean>
    }
  )
)

/** The page of /staff/requests. */
export const intakeRequestListValidator = vine.create({
  page: vine.number().withoutDecimals().min(1).max(100_000).optional(),
})
