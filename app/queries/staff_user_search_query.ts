import type { Infer } from '@vinejs/vine/types'
import User from '#models/user'
import { likePattern } from '#queries/like_patterns'
import type { staffUserSearchValidator } from '#validators/staff'

export type StaffUserSearch = Infer<typeof staffUserSearchValidator>

export const STAFF_USER_SEARCH_PER_PAGE = 25

/**
 * The account list of /staff/users: newest first, a page at a time, with each
 * account's two-factor secret (for its "2FA on" flag). The search text is
 * matched, ignoring case, in the email, the first or last name or the full
 * name; role and banned/active narrow it.
 */
export default class StaffUserSearchQuery {
  run(filters: StaffUserSearch, perPage = STAFF_USER_SEARCH_PER_PAGE) {
    const query = User.query()
      .preload('twoFactorSecret')
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')

    if (filters.q) {
      const pattern = likePattern(filters.q)
      query.where((where) => {
        where
          .whereILike('email', pattern)
          .orWhereILike('firstName', pattern)
          .orWhereILike('lastName', pattern)
          .orWhereRaw(`(first_name || ' ' || last_name) ilike ?`, [pattern])
      })
    }
    if (filters.role) query.where('role', filters.role)
    if (filters.status === 'banned') query.whereNotNull('bannedAt')
    if (filters.status === 'active') query.whereNull('bannedAt')

    return query.paginate(filters.page ?? 1, perPage)
  }
}
