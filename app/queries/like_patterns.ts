/*
| LIKE patterns for the search boxes of staff lists. The LIKE wildcards a user
| types (`%`, `_`) and the escape character are escaped, so `50%` or `a_b`
| match literally.
*/

const MAX_SEARCH_WORDS = 5

/** `%text%`, with the LIKE wildcards of `text` escaped. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`
}

/** One pattern per word of a search box (at most five words). */
export function likePatterns(q?: string | null): string[] {
  if (!q) return []
  return q.trim().split(/\s+/).filter(Boolean).slice(0, MAX_SEARCH_WORDS).map(likePattern)
}
