/*
| A titled card of a detail page, and its list of facts (term, value).
*/
import { Fragment, type ReactNode } from 'react'

/** `<section class="card">` named by its `<h2>`; `id` makes the heading's id (`<id>-title`). */
export function Card({
  id,
  title,
  className,
  children,
}: {
  id: string
  title: ReactNode
  /** Classes beside `card` (`stack`). */
  className?: string
  children: ReactNode
}) {
  const titleId = `${id}-title`
  return (
    <section className={className ? `card ${className}` : 'card'} aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {children}
    </section>
  )
}

export type Fact = {
  term: ReactNode
  value: ReactNode
  /** The value's class: `mono` for codes and amounts. */
  className?: string
  testId?: string
}

/**
 * A `<dl class="facts">` of terms and values. A fact that is `false`, `null`,
 * `undefined` or `''` (a condition that did not hold) is left out.
 */
export function Facts({
  facts,
  className,
}: {
  facts: readonly (Fact | false | null | undefined | '')[]
  /** Classes beside `facts`. */
  className?: string
}) {
  return (
    <dl className={className ? `facts ${className}` : 'facts'}>
      {facts
        .filter((fact): fact is Fact => Boolean(fact))
        .map((fact, index) => (
          <Fragment key={index}>
            <dt>{fact.term}</dt>
            <dd className={fact.className} data-testid={fact.testId}>
              {fact.value}
            </dd>
          </Fragment>
        ))}
    </dl>
  )
}
