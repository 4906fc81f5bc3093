import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import * as abilities from '#abilities/main'

export type StaffAbility = 'accessBackOffice' | 'manageShop' | 'manageStaff' | 'refundPayments'

/**
 * Third check (after sign-in and first-login): the role allows this area,
 * through a Bouncer ability of app/abilities/main.ts. Refusals answer 403 with
 * the staff "not allowed" page.
 */
export default class StaffAuthorizeMiddleware {
  async handle(ctx: HttpContext, next: NextFn, options: { ability: StaffAbility }) {
    if (await ctx.bouncer.allows(abilities[options.ability])) return next()
    // A middleware's return value is not the response body: send the page.
    const page = await ctx.inertia.render('staff/forbidden', {
      message:
        options.ability === 'manageStaff'
          ? 'Only a superadmin can manage staff and user accounts.'
          : options.ability === 'refundPayments'
            ? 'Only a superadmin can refund a payment.'
            : 'Your role does not give access to this part of the back office.',
    })
    ctx.response.status(403).send(page)
  }
}
