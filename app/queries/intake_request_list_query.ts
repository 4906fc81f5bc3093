import IntakeRequest from '#models/intake_request'

export const INTAKE_REQUESTS_PER_PAGE = 25

/**
 * The back office's list of /contact requests: those not yet turned into a
 * draft first, then newest first, a page at a time, each with its draft's
 * order number once it has one.
 */
export default class IntakeRequestListQuery {
  run(page = 1, perPage = INTAKE_REQUESTS_PER_PAGE) {
    return IntakeRequest.query()
      .preload('order')
      .orderByRaw('order_id is not null')
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .paginate(page, perPage)
  }
}
