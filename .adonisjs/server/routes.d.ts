import '@adonisjs/core/types/http'

type ParamValue = string | number | bigint | boolean

export type ScannedRoutes = {
  ALL: {
    'register': { paramsTuple?: []; params?: {} }
    'register.store': { paramsTuple?: []; params?: {} }
    'login': { paramsTuple?: []; params?: {} }
    'login.store': { paramsTuple?: []; params?: {} }
    'google.redirect': { paramsTuple?: []; params?: {} }
    'google.callback': { paramsTuple?: []; params?: {} }
    'password.forgot': { paramsTuple?: []; params?: {} }
    'password.forgot.store': { paramsTuple?: []; params?: {} }
    'register.sent': { paramsTuple?: []; params?: {} }
    'logout': { paramsTuple?: []; params?: {} }
    'password.reset': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'password.reset.update': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'verification.create': { paramsTuple?: []; params?: {} }
    'verification.resend': { paramsTuple?: []; params?: {} }
    'verification.show': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'verification.store': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'locale.update': { paramsTuple?: []; params?: {} }
    'portal.dashboard': { paramsTuple?: []; params?: {} }
    'portal.settings': { paramsTuple?: []; params?: {} }
    'portal.settings.profile': { paramsTuple?: []; params?: {} }
    'portal.settings.password': { paramsTuple?: []; params?: {} }
    'portal.settings.email': { paramsTuple?: []; params?: {} }
    'portal.verification.resend': { paramsTuple?: []; params?: {} }
    'portal.orders.index': { paramsTuple?: []; params?: {} }
    'portal.orders.show': { paramsTuple: [ParamValue]; params: {'orderId': ParamValue} }
    'portal.orders.accept': { paramsTuple: [ParamValue]; params: {'orderId': ParamValue} }
    'portal.orders.decline': { paramsTuple: [ParamValue]; params: {'orderId': ParamValue} }
    'quote.show': { paramsTuple: [ParamValue]; params: {'claimCode': ParamValue} }
    'quote.sign_in': { paramsTuple: [ParamValue]; params: {'claimCode': ParamValue} }
    'quote.claim': { paramsTuple: [ParamValue]; params: {'claimCode': ParamValue} }
    'staff.login': { paramsTuple?: []; params?: {} }
    'staff.login.store': { paramsTuple?: []; params?: {} }
    'staff.logout': { paramsTuple?: []; params?: {} }
    'staff.two_factor.show': { paramsTuple?: []; params?: {} }
    'staff.two_factor.verify': { paramsTuple?: []; params?: {} }
    'staff.first_login.password.edit': { paramsTuple?: []; params?: {} }
    'staff.first_login.password.update': { paramsTuple?: []; params?: {} }
    'staff.first_login.verify_email.show': { paramsTuple?: []; params?: {} }
    'staff.first_login.verify_email.send': { paramsTuple?: []; params?: {} }
    'staff.first_login.verify_email.confirm': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'staff.first_login.two_factor.show': { paramsTuple?: []; params?: {} }
    'staff.first_login.two_factor.confirm': { paramsTuple?: []; params?: {} }
    'staff.dashboard': { paramsTuple?: []; params?: {} }
    'staff.orders.index': { paramsTuple?: []; params?: {} }
    'staff.catalog.index': { paramsTuple?: []; params?: {} }
    'staff.catalog.components.index': { paramsTuple?: []; params?: {} }
    'staff.catalog.components.create': { paramsTuple?: []; params?: {} }
    'staff.catalog.components.store': { paramsTuple?: []; params?: {} }
    'staff.catalog.components.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.catalog.components.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.catalog.components.deactivate': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.catalog.components.activate': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.catalog.components.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.catalog.components.prices.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.catalog.items.index': { paramsTuple: [ParamValue]; params: {'kind': ParamValue} }
    'staff.catalog.items.create': { paramsTuple: [ParamValue]; params: {'kind': ParamValue} }
    'staff.catalog.items.store': { paramsTuple: [ParamValue]; params: {'kind': ParamValue} }
    'staff.catalog.items.edit': { paramsTuple: [ParamValue,ParamValue]; params: {'kind': ParamValue,'id': ParamValue} }
    'staff.catalog.items.update': { paramsTuple: [ParamValue,ParamValue]; params: {'kind': ParamValue,'id': ParamValue} }
    'staff.catalog.items.deactivate': { paramsTuple: [ParamValue,ParamValue]; params: {'kind': ParamValue,'id': ParamValue} }
    'staff.catalog.items.activate': { paramsTuple: [ParamValue,ParamValue]; params: {'kind': ParamValue,'id': ParamValue} }
    'staff.orders.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.orders.transitions': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.orders.notes': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.quotes.create': { paramsTuple?: []; params?: {} }
    'staff.quotes.store': { paramsTuple?: []; params?: {} }
    'staff.quotes.catalog': { paramsTuple?: []; params?: {} }
    'staff.quotes.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.quotes.publish': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.quotes.validity': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.quotes.lines.catalog': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.quotes.lines.custom': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.quotes.lines.reorder': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.quotes.lines.update': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'lineId': ParamValue} }
    'staff.quotes.lines.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'lineId': ParamValue} }
    'staff.requests.index': { paramsTuple?: []; params?: {} }
    'staff.requests.draft': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.recovery_codes': { paramsTuple?: []; params?: {} }
    'staff.settings': { paramsTuple?: []; params?: {} }
    'staff.settings.password': { paramsTuple?: []; params?: {} }
    'staff.settings.recovery_codes': { paramsTuple?: []; params?: {} }
    'staff.users.index': { paramsTuple?: []; params?: {} }
    'staff.users.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.users.role': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.users.ban': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.users.unban': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.users.reset_two_factor': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.users.force_password_change': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'services': { paramsTuple?: []; params?: {} }
    'how_it_works': { paramsTuple?: []; params?: {} }
    'faq': { paramsTuple?: []; params?: {} }
    'cookies': { paramsTuple?: []; params?: {} }
    'pricing': { paramsTuple?: []; params?: {} }
    'contact': { paramsTuple?: []; params?: {} }
    'contact.store': { paramsTuple?: []; params?: {} }
    'waitlist': { paramsTuple?: []; params?: {} }
    'waitlist.store': { paramsTuple?: []; params?: {} }
    'cookies.consent': { paramsTuple?: []; params?: {} }
    'robots': { paramsTuple?: []; params?: {} }
    'sitemap': { paramsTuple?: []; params?: {} }
    'payments.create_order': { paramsTuple?: []; params?: {} }
    'payment.success': { paramsTuple?: []; params?: {} }
    'payment.failure': { paramsTuple?: []; params?: {} }
    'payments.webhook.key': { paramsTuple?: []; params?: {} }
    'payments.webhook': { paramsTuple?: []; params?: {} }
    'staff.orders.refund': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'home': { paramsTuple?: []; params?: {} }
    'terms': { paramsTuple?: []; params?: {} }
    'privacy': { paramsTuple?: []; params?: {} }
    'dev.mail': { paramsTuple?: []; params?: {} }
    'dev.mail.preview': { paramsTuple: [ParamValue]; params: {'locale': ParamValue} }
    'dev.mail.sample': { paramsTuple?: []; params?: {} }
  }
  GET: {
    'register': { paramsTuple?: []; params?: {} }
    'login': { paramsTuple?: []; params?: {} }
    'google.redirect': { paramsTuple?: []; params?: {} }
    'google.callback': { paramsTuple?: []; params?: {} }
    'password.forgot': { paramsTuple?: []; params?: {} }
    'register.sent': { paramsTuple?: []; params?: {} }
    'password.reset': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'verification.create': { paramsTuple?: []; params?: {} }
    'verification.show': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'portal.dashboard': { paramsTuple?: []; params?: {} }
    'portal.settings': { paramsTuple?: []; params?: {} }
    'portal.orders.index': { paramsTuple?: []; params?: {} }
    'portal.orders.show': { paramsTuple: [ParamValue]; params: {'orderId': ParamValue} }
    'quote.show': { paramsTuple: [ParamValue]; params: {'claimCode': ParamValue} }
    'quote.sign_in': { paramsTuple: [ParamValue]; params: {'claimCode': ParamValue} }
    'staff.login': { paramsTuple?: []; params?: {} }
    'staff.two_factor.show': { paramsTuple?: []; params?: {} }
    'staff.first_login.password.edit': { paramsTuple?: []; params?: {} }
    'staff.first_login.verify_email.show': { paramsTuple?: []; params?: {} }
    'staff.first_login.verify_email.confirm': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'staff.first_login.two_factor.show': { paramsTuple?: []; params?: {} }
    'staff.dashboard': { paramsTuple?: []; params?: {} }
    'staff.orders.index': { paramsTuple?: []; params?: {} }
    'staff.catalog.index': { paramsTuple?: []; params?: {} }
    'staff.catalog.components.index': { paramsTuple?: []; params?: {} }
    'staff.catalog.components.create': { paramsTuple?: []; params?: {} }
    'staff.catalog.components.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.catalog.components.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.catalog.items.index': { paramsTuple: [ParamValue]; params: {'kind': ParamValue} }
    'staff.catalog.items.create': { paramsTuple: [ParamValue]; params: {'kind': ParamValue} }
    'staff.catalog.items.edit': { paramsTuple: [ParamValue,ParamValue]; params: {'kind': ParamValue,'id': ParamValue} }
    'staff.orders.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.quotes.create': { paramsTuple?: []; params?: {} }
    'staff.quotes.catalog': { paramsTuple?: []; params?: {} }
    'staff.quotes.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.requests.index': { paramsTuple?: []; params?: {} }
    'staff.recovery_codes': { paramsTuple?: []; params?: {} }
    'staff.settings': { paramsTuple?: []; params?: {} }
    'staff.users.index': { paramsTuple?: []; params?: {} }
    'staff.users.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'services': { paramsTuple?: []; params?: {} }
    'how_it_works': { paramsTuple?: []; params?: {} }
    'faq': { paramsTuple?: []; params?: {} }
    'cookies': { paramsTuple?: []; params?: {} }
    'pricing': { paramsTuple?: []; params?: {} }
    'contact': { paramsTuple?: []; params?: {} }
    'waitlist': { paramsTuple?: []; params?: {} }
    'robots': { paramsTuple?: []; params?: {} }
    'sitemap': { paramsTuple?: []; params?: {} }
    'payment.success': { paramsTuple?: []; params?: {} }
    'payment.failure': { paramsTuple?: []; params?: {} }
    'payments.webhook.key': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'terms': { paramsTuple?: []; params?: {} }
    'privacy': { paramsTuple?: []; params?: {} }
    'dev.mail': { paramsTuple?: []; params?: {} }
    'dev.mail.preview': { paramsTuple: [ParamValue]; params: {'locale': ParamValue} }
  }
  HEAD: {
    'register': { paramsTuple?: []; params?: {} }
    'login': { paramsTuple?: []; params?: {} }
    'google.redirect': { paramsTuple?: []; params?: {} }
    'google.callback': { paramsTuple?: []; params?: {} }
    'password.forgot': { paramsTuple?: []; params?: {} }
    'register.sent': { paramsTuple?: []; params?: {} }
    'password.reset': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'verification.create': { paramsTuple?: []; params?: {} }
    'verification.show': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'portal.dashboard': { paramsTuple?: []; params?: {} }
    'portal.settings': { paramsTuple?: []; params?: {} }
    'portal.orders.index': { paramsTuple?: []; params?: {} }
    'portal.orders.show': { paramsTuple: [ParamValue]; params: {'orderId': ParamValue} }
    'quote.show': { paramsTuple: [ParamValue]; params: {'claimCode': ParamValue} }
    'quote.sign_in': { paramsTuple: [ParamValue]; params: {'claimCode': ParamValue} }
    'staff.login': { paramsTuple?: []; params?: {} }
    'staff.two_factor.show': { paramsTuple?: []; params?: {} }
    'staff.first_login.password.edit': { paramsTuple?: []; params?: {} }
    'staff.first_login.verify_email.show': { paramsTuple?: []; params?: {} }
    'staff.first_login.verify_email.confirm': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'staff.first_login.two_factor.show': { paramsTuple?: []; params?: {} }
    'staff.dashboard': { paramsTuple?: []; params?: {} }
    'staff.orders.index': { paramsTuple?: []; params?: {} }
    'staff.catalog.index': { paramsTuple?: []; params?: {} }
    'staff.catalog.components.index': { paramsTuple?: []; params?: {} }
    'staff.catalog.components.create': { paramsTuple?: []; params?: {} }
    'staff.catalog.components.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.catalog.components.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.catalog.items.index': { paramsTuple: [ParamValue]; params: {'kind': ParamValue} }
    'staff.catalog.items.create': { paramsTuple: [ParamValue]; params: {'kind': ParamValue} }
    'staff.catalog.items.edit': { paramsTuple: [ParamValue,ParamValue]; params: {'kind': ParamValue,'id': ParamValue} }
    'staff.orders.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.quotes.create': { paramsTuple?: []; params?: {} }
    'staff.quotes.catalog': { paramsTuple?: []; params?: {} }
    'staff.quotes.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.requests.index': { paramsTuple?: []; params?: {} }
    'staff.recovery_codes': { paramsTuple?: []; params?: {} }
    'staff.settings': { paramsTuple?: []; params?: {} }
    'staff.users.index': { paramsTuple?: []; params?: {} }
    'staff.users.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'services': { paramsTuple?: []; params?: {} }
    'how_it_works': { paramsTuple?: []; params?: {} }
    'faq': { paramsTuple?: []; params?: {} }
    'cookies': { paramsTuple?: []; params?: {} }
    'pricing': { paramsTuple?: []; params?: {} }
    'contact': { paramsTuple?: []; params?: {} }
    'waitlist': { paramsTuple?: []; params?: {} }
    'robots': { paramsTuple?: []; params?: {} }
    'sitemap': { paramsTuple?: []; params?: {} }
    'payment.success': { paramsTuple?: []; params?: {} }
    'payment.failure': { paramsTuple?: []; params?: {} }
    'payments.webhook.key': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'terms': { paramsTuple?: []; params?: {} }
    'privacy': { paramsTuple?: []; params?: {} }
    'dev.mail': { paramsTuple?: []; params?: {} }
    'dev.mail.preview': { paramsTuple: [ParamValue]; params: {'locale': ParamValue} }
  }
  POST: {
    'register.store': { paramsTuple?: []; params?: {} }
    'login.store': { paramsTuple?: []; params?: {} }
    'password.forgot.store': { paramsTuple?: []; params?: {} }
    'logout': { paramsTuple?: []; params?: {} }
    'password.reset.update': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'verification.resend': { paramsTuple?: []; params?: {} }
    'verification.store': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'locale.update': { paramsTuple?: []; params?: {} }
    'portal.verification.resend': { paramsTuple?: []; params?: {} }
    'portal.orders.accept': { paramsTuple: [ParamValue]; params: {'orderId': ParamValue} }
    'portal.orders.decline': { paramsTuple: [ParamValue]; params: {'orderId': ParamValue} }
    'quote.claim': { paramsTuple: [ParamValue]; params: {'claimCode': ParamValue} }
    'staff.login.store': { paramsTuple?: []; params?: {} }
    'staff.logout': { paramsTuple?: []; params?: {} }
    'staff.two_factor.verify': { paramsTuple?: []; params?: {} }
    'staff.first_login.password.update': { paramsTuple?: []; params?: {} }
    'staff.first_login.verify_email.send': { paramsTuple?: []; params?: {} }
    'staff.first_login.two_factor.confirm': { paramsTuple?: []; params?: {} }
    'staff.catalog.components.store': { paramsTuple?: []; params?: {} }
    'staff.catalog.components.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.catalog.components.deactivate': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.catalog.components.activate': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.catalog.components.prices.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.catalog.items.store': { paramsTuple: [ParamValue]; params: {'kind': ParamValue} }
    'staff.catalog.items.update': { paramsTuple: [ParamValue,ParamValue]; params: {'kind': ParamValue,'id': ParamValue} }
    'staff.catalog.items.deactivate': { paramsTuple: [ParamValue,ParamValue]; params: {'kind': ParamValue,'id': ParamValue} }
    'staff.catalog.items.activate': { paramsTuple: [ParamValue,ParamValue]; params: {'kind': ParamValue,'id': ParamValue} }
    'staff.orders.transitions': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.quotes.store': { paramsTuple?: []; params?: {} }
    'staff.quotes.publish': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.quotes.validity': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.quotes.lines.catalog': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.quotes.lines.custom': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.quotes.lines.reorder': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.quotes.lines.update': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'lineId': ParamValue} }
    'staff.quotes.lines.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'lineId': ParamValue} }
    'staff.requests.draft': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.settings.password': { paramsTuple?: []; params?: {} }
    'staff.settings.recovery_codes': { paramsTuple?: []; params?: {} }
    'staff.users.role': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.users.ban': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.users.unban': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.users.reset_two_factor': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.users.force_password_change': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'contact.store': { paramsTuple?: []; params?: {} }
    'waitlist.store': { paramsTuple?: []; params?: {} }
    'cookies.consent': { paramsTuple?: []; params?: {} }
    'payments.create_order': { paramsTuple?: []; params?: {} }
    'payments.webhook': { paramsTuple?: []; params?: {} }
    'staff.orders.refund': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'dev.mail.sample': { paramsTuple?: []; params?: {} }
  }
  PUT: {
    'portal.settings.profile': { paramsTuple?: []; params?: {} }
    'portal.settings.password': { paramsTuple?: []; params?: {} }
    'portal.settings.email': { paramsTuple?: []; params?: {} }
    'staff.orders.notes': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
}
declare module '@adonisjs/core/types/http' {
  export interface RoutesList extends ScannedRoutes {}
}