import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import BaseInertiaMiddleware from '@adonisjs/inertia/inertia_middleware'
import UserTransformer from '#transformers/user_transformer'
import { appUrl } from '#config/app'

export default class InertiaMiddleware extends BaseInertiaMiddleware {
  /**
   * Props shared with every page. A page can render before the session or auth
   * middleware ran (a 404, say), so both may be missing here.
   */
  share(ctx: HttpContext) {
    const { session, auth, locale } = ctx as Partial<HttpContext>
    const user = auth?.user

    return {
      // The logged-in user's public fields (set by LocaleMiddleware's silent auth), or null.
      user: ctx.inertia.always(user ? UserTransformer.transform(user) : null),
      // Language of the page (`el` | `en`, also <html lang>): staff pages are English,
      // customer pages follow ctx.locale; Greek for a page with none (an error before routing).
      locale: ctx.inertia.always(
        ctx.route?.pattern.startsWith('/staff') ? ('en' as const) : (locale ?? 'el')
      ),
      // The site's public address, for canonical, hreflang and Open Graph URLs.
      siteUrl: appUrl.replace(/\/+$/, ''),
      errors: ctx.inertia.always(this.getValidationErrors(ctx)),
      flash: ctx.inertia.always({
        success: session?.flashMessages.get('success') as string | undefined,
        error: session?.flashMessages.get('error') as string | undefined,
      }),
    }
  }

  async handle(ctx: HttpContext, next: NextFn) {
    await this.init(ctx)
    const output = await next()
    this.dispose(ctx)
    return output
  }
}

declare module '@adonisjs/inertia/types' {
  type MiddlewareSharedProps = InferSharedProps<InertiaMiddleware>
  export interface SharedProps extends MiddlewareSharedProps {}
}
