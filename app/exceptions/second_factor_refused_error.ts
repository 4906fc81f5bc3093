import DomainRefusal from '#exceptions/domain_refusal'

/** A wrong, replayed or throttled TOTP / recovery code: a form error on `code`. */
export default class SecondFactorRefusedError extends DomainRefusal {
  static code = 'E_SECOND_FACTOR_REFUSED'
  readonly field = 'code'
  readonly rule = 'form'
}
