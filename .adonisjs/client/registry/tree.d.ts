/* eslint-disable prettier/prettier */
import type { routes } from './index.ts'

export interface ApiDefinition {
  register: typeof routes['register'] & {
    store: typeof routes['register.store']
    sent: typeof routes['register.sent']
  }
  login: typeof routes['login'] & {
    store: typeof routes['login.store']
  }
  google: {
    redirect: typeof routes['google.redirect']
    callback: typeof routes['google.callback']
  }
  password: {
    forgot: typeof routes['password.forgot'] & {
      store: typeof routes['password.forgot.store']
    }
    reset: typeof routes['password.reset'] & {
      update: typeof routes['password.reset.update']
    }
  }
  logout: typeof routes['logout']
  verification: {
    create: typeof routes['verification.create']
    resend: typeof routes['verification.resend']
    show: typeof routes['verification.show']
    store: typeof routes['verification.store']
  }
  locale: {
    update: typeof routes['locale.update']
  }
  portal: {
    dashboard: typeof routes['portal.dashboard']
    settings: typeof routes['portal.settings'] & {
      profile: typeof routes['portal.settings.profile']
      password: typeof routes['portal.settings.password']
      email: typeof routes['portal.settings.email']
    }
    verification: {
      resend: typeof routes['portal.verification.resend']
    }
    orders: {
      index: typeof routes['portal.orders.index']
      show: typeof routes['portal.orders.show']
      accept: typeof routes['portal.orders.accept']
      decline: typeof routes['portal.orders.decline']
    }
  }
  quote: {
    show: typeof routes['quote.show']
    signIn: typeof routes['quote.sign_in']
    claim: typeof routes['quote.claim']
  }
  staff: {
    login: typeof routes['staff.login'] & {
      store: typeof routes['staff.login.store']
    }
    logout: typeof routes['staff.logout']
    twoFactor: {
      show: typeof routes['staff.two_factor.show']
      verify: typeof routes['staff.two_factor.verify']
    }
    firstLogin: {
      password: {
        edit: typeof routes['staff.first_login.password.edit']
        update: typeof routes['staff.first_login.password.update']
      }
      verifyEmail: {
        show: typeof routes['staff.first_login.verify_email.show']
        send: typeof routes['staff.first_login.verify_email.send']
        confirm: typeof routes['staff.first_login.verify_email.confirm']
      }
      twoFactor: {
        show: typeof routes['staff.first_login.two_factor.show']
        confirm: typeof routes['staff.first_login.two_factor.confirm']
      }
    }
    dashboard: typeof routes['staff.dashboard']
    orders: {
      index: typeof routes['staff.orders.index']
      show: typeof routes['staff.orders.show']
      transitions: typeof routes['staff.orders.transitions']
      notes: typeof routes['staff.orders.notes']
      refund: typeof routes['staff.orders.refund']
    }
    catalog: {
      index: typeof routes['staff.catalog.index']
      components: {
        index: typeof routes['staff.catalog.components.index']
        create: typeof routes['staff.catalog.components.create']
        store: typeof routes['staff.catalog.components.store']
        edit: typeof routes['staff.catalog.components.edit']
        update: typeof routes['staff.catalog.components.update']
        deactivate: typeof routes['staff.catalog.components.deactivate']
        activate: typeof routes['staff.catalog.components.activate']
        show: typeof routes['staff.catalog.components.show']
        prices: {
          store: typeof routes['staff.catalog.components.prices.store']
        }
      }
      items: {
        index: typeof routes['staff.catalog.items.index']
        create: typeof routes['staff.catalog.items.create']
        store: typeof routes['staff.catalog.items.store']
        edit: typeof routes['staff.catalog.items.edit']
        update: typeof routes['staff.catalog.items.update']
        deactivate: typeof routes['staff.catalog.items.deactivate']
        activate: typeof routes['staff.catalog.items.activate']
      }
    }
    quotes: {
      create: typeof routes['staff.quotes.create']
      store: typeof routes['staff.quotes.store']
      catalog: typeof routes['staff.quotes.catalog']
      edit: typeof routes['staff.quotes.edit']
      publish: typeof routes['staff.quotes.publish']
      validity: typeof routes['staff.quotes.validity']
      lines: {
        catalog: typeof routes['staff.quotes.lines.catalog']
        custom: typeof routes['staff.quotes.lines.custom']
        reorder: typeof routes['staff.quotes.lines.reorder']
        update: typeof routes['staff.quotes.lines.update']
        destroy: typeof routes['staff.quotes.lines.destroy']
      }
    }
    requests: {
      index: typeof routes['staff.requests.index']
      draft: typeof routes['staff.requests.draft']
    }
    recoveryCodes: typeof routes['staff.recovery_codes']
    settings: typeof routes['staff.settings'] & {
      password: typeof routes['staff.settings.password']
      recoveryCodes: typeof routes['staff.settings.recovery_codes']
    }
    users: {
      index: typeof routes['staff.users.index']
      show: typeof routes['staff.users.show']
      role: typeof routes['staff.users.role']
      ban: typeof routes['staff.users.ban']
      unban: typeof routes['staff.users.unban']
      resetTwoFactor: typeof routes['staff.users.reset_two_factor']
      forcePasswordChange: typeof routes['staff.users.force_password_change']
    }
  }
  services: typeof routes['services']
  howItWorks: typeof routes['how_it_works']
  faq: typeof routes['faq']
  cookies: typeof routes['cookies'] & {
    consent: typeof routes['cookies.consent']
  }
  pricing: typeof routes['pricing']
  contact: typeof routes['contact'] & {
    store: typeof routes['contact.store']
  }
  waitlist: typeof routes['waitlist'] & {
    store: typeof routes['waitlist.store']
  }
  robots: typeof routes['robots']
  sitemap: typeof routes['sitemap']
  payments: {
    createOrder: typeof routes['payments.create_order']
    webhook: typeof routes['payments.webhook'] & {
      key: typeof routes['payments.webhook.key']
    }
  }
  payment: {
    success: typeof routes['payment.success']
    failure: typeof routes['payment.failure']
  }
  home: typeof routes['home']
  terms: typeof routes['terms']
  privacy: typeof routes['privacy']
  dev: {
    mail: typeof routes['dev.mail'] & {
      preview: typeof routes['dev.mail.preview']
      sample: typeof routes['dev.mail.sample']
    }
  }
}
