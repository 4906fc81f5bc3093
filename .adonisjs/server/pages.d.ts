import '@adonisjs/inertia/types'

import type React from 'react'
import type { Prettify } from '@adonisjs/core/types/common'

type ExtractProps<T> =
  T extends React.FC<infer Props>
    ? Prettify<Omit<Props, 'children'>>
    : T extends React.Component<infer Props>
      ? Prettify<Omit<Props, 'children'>>
      : never

declare module '@adonisjs/inertia/types' {
  export interface InertiaPages {
    'portal/dashboard': ExtractProps<(typeof import('../../inertia/pages/portal/dashboard.tsx'))['default']>
    'portal/orders/index': ExtractProps<(typeof import('../../inertia/pages/portal/orders/index.tsx'))['default']>
    'portal/orders/show': ExtractProps<(typeof import('../../inertia/pages/portal/orders/show.tsx'))['default']>
    'portal/settings': ExtractProps<(typeof import('../../inertia/pages/portal/settings.tsx'))['default']>
    'public/auth/check_email': ExtractProps<(typeof import('../../inertia/pages/public/auth/check_email.tsx'))['default']>
    'public/auth/forgot_password': ExtractProps<(typeof import('../../inertia/pages/public/auth/forgot_password.tsx'))['default']>
    'public/auth/login': ExtractProps<(typeof import('../../inertia/pages/public/auth/login.tsx'))['default']>
    'public/auth/register': ExtractProps<(typeof import('../../inertia/pages/public/auth/register.tsx'))['default']>
    'public/auth/resend_verification': ExtractProps<(typeof import('../../inertia/pages/public/auth/resend_verification.tsx'))['default']>
    'public/auth/reset_password': ExtractProps<(typeof import('../../inertia/pages/public/auth/reset_password.tsx'))['default']>
    'public/auth/verify_email': ExtractProps<(typeof import('../../inertia/pages/public/auth/verify_email.tsx'))['default']>
    'public/errors/not_found': ExtractProps<(typeof import('../../inertia/pages/public/errors/not_found.tsx'))['default']>
    'public/errors/server_error': ExtractProps<(typeof import('../../inertia/pages/public/errors/server_error.tsx'))['default']>
    'public/home': ExtractProps<(typeof import('../../inertia/pages/public/home.tsx'))['default']>
    'public/legal/privacy': ExtractProps<(typeof import('../../inertia/pages/public/legal/privacy.tsx'))['default']>
    'public/legal/terms': ExtractProps<(typeof import('../../inertia/pages/public/legal/terms.tsx'))['default']>
    'public/payment/failure': ExtractProps<(typeof import('../../inertia/pages/public/payment/failure.tsx'))['default']>
    'public/payment/success': ExtractProps<(typeof import('../../inertia/pages/public/payment/success.tsx'))['default']>
    'public/quote/show': ExtractProps<(typeof import('../../inertia/pages/public/quote/show.tsx'))['default']>
    'public/quote/too_many_lookups': ExtractProps<(typeof import('../../inertia/pages/public/quote/too_many_lookups.tsx'))['default']>
    'public/site/contact': ExtractProps<(typeof import('../../inertia/pages/public/site/contact.tsx'))['default']>
    'public/site/cookies': ExtractProps<(typeof import('../../inertia/pages/public/site/cookies.tsx'))['default']>
    'public/site/faq': ExtractProps<(typeof import('../../inertia/pages/public/site/faq.tsx'))['default']>
    'public/site/how_it_works': ExtractProps<(typeof import('../../inertia/pages/public/site/how_it_works.tsx'))['default']>
    'public/site/pricing': ExtractProps<(typeof import('../../inertia/pages/public/site/pricing.tsx'))['default']>
    'public/site/services': ExtractProps<(typeof import('../../inertia/pages/public/site/services.tsx'))['default']>
    'public/site/waitlist': ExtractProps<(typeof import('../../inertia/pages/public/site/waitlist.tsx'))['default']>
    'staff/catalog/components/form': ExtractProps<(typeof import('../../inertia/pages/staff/catalog/components/form.tsx'))['default']>
    'staff/catalog/components/index': ExtractProps<(typeof import('../../inertia/pages/staff/catalog/components/index.tsx'))['default']>
    'staff/catalog/components/show': ExtractProps<(typeof import('../../inertia/pages/staff/catalog/components/show.tsx'))['default']>
    'staff/catalog/items/form': ExtractProps<(typeof import('../../inertia/pages/staff/catalog/items/form.tsx'))['default']>
    'staff/catalog/items/index': ExtractProps<(typeof import('../../inertia/pages/staff/catalog/items/index.tsx'))['default']>
    'staff/dashboard': ExtractProps<(typeof import('../../inertia/pages/staff/dashboard.tsx'))['default']>
    'staff/first_login/password': ExtractProps<(typeof import('../../inertia/pages/staff/first_login/password.tsx'))['default']>
    'staff/first_login/two_factor': ExtractProps<(typeof import('../../inertia/pages/staff/first_login/two_factor.tsx'))['default']>
    'staff/first_login/verify_email': ExtractProps<(typeof import('../../inertia/pages/staff/first_login/verify_email.tsx'))['default']>
    'staff/forbidden': ExtractProps<(typeof import('../../inertia/pages/staff/forbidden.tsx'))['default']>
    'staff/login': ExtractProps<(typeof import('../../inertia/pages/staff/login.tsx'))['default']>
    'staff/orders/index': ExtractProps<(typeof import('../../inertia/pages/staff/orders/index.tsx'))['default']>
    'staff/orders/show': ExtractProps<(typeof import('../../inertia/pages/staff/orders/show.tsx'))['default']>
    'staff/quotes/edit': ExtractProps<(typeof import('../../inertia/pages/staff/quotes/edit.tsx'))['default']>
    'staff/quotes/new': ExtractProps<(typeof import('../../inertia/pages/staff/quotes/new.tsx'))['default']>
    'staff/recovery_codes': ExtractProps<(typeof import('../../inertia/pages/staff/recovery_codes.tsx'))['default']>
    'staff/requests/index': ExtractProps<(typeof import('../../inertia/pages/staff/requests/index.tsx'))['default']>
    'staff/settings': ExtractProps<(typeof import('../../inertia/pages/staff/settings.tsx'))['default']>
    'staff/two_factor': ExtractProps<(typeof import('../../inertia/pages/staff/two_factor.tsx'))['default']>
    'staff/users/index': ExtractProps<(typeof import('../../inertia/pages/staff/users/index.tsx'))['default']>
    'staff/users/show': ExtractProps<(typeof import('../../inertia/pages/staff/users/show.tsx'))['default']>
  }
}
