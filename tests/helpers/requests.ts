/*
| How the pages' forms and scripts send their requests, as one call each on
| a test request (`client.post(url).submitForm({ … })`), and what the tests
| read of the answers.
*/
import { ApiRequest, type ApiResponse } from '@japa/api-client'

declare module '@japa/api-client' {
  interface ApiRequest {
    /** An Inertia form submission (CSRF token, form body); the redirect it answers is not followed. */
    submitForm(fields: Record<string, unknown>): this
    /** A script's JSON call (CSRF token, JSON body, JSON answer asked for). */
    submitJson(body: unknown): this
  }
}

ApiRequest.macro('submitForm', function (this: ApiRequest, fields: Record<string, unknown>) {
  return this.withInertia().withCsrfToken().form(fields).redirects(0)
})

ApiRequest.macro('submitJson', function (this: ApiRequest, body: unknown) {
  return this.withCsrfToken().accept('json').json(body)
})

/** Field errors flashed by a redirect-back (shown next to the fields by the page). */
export function fieldErrors(response: ApiResponse): Record<string, string[]> {
  return (response.flashMessage('inputErrorsBag') ?? {}) as Record<string, string[]>
}

/** First error flashed for a form field (shown next to it by the page). */
export function fieldError(response: ApiResponse, field: string): string | undefined {
  return fieldErrors(response)[field]?.[0]
}

/** Asserts a redirect (302/303) to `path`. */
export function assertRedirect(response: ApiResponse, path: string) {
  const status = response.status()
  if (status !== 302 && status !== 303) {
    throw new Error(
      `Expected a redirect to ${path}, got ${status}: ${response.text().slice(0, 200)}`
    )
  }
  response.assertHeader('location', path)
}

/** The token at the end of an emailed single-use link. */
export function tokenOf(url: string) {
  return new URL(url).pathname.split('/').pop()!
}
