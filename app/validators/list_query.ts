import type { HttpContext } from '@adonisjs/core/http'

/**
 * The query string of a list page's filter form, without its empty fields.
 * A GET form sends every field, so "Any" arrives as `status=`; the body
 * parser turns empty strings into null for POST bodies, nothing does it for
 * query strings, and an empty value would fail the filter's enum.
 */
export function listQuery(request: HttpContext['request']) {
  return Object.fromEntries(
    Object.entries(request.qs()).filter(([, value]) => value !== '' && value !== null)
  )
}
