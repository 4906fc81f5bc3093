/* eslint-disable prettier/prettier */
/// <reference path="../manifest.d.ts" />

import type { ExtractBody, ExtractErrorResponse, ExtractQuery, ExtractQueryForGet, ExtractResponse } from '@tuyau/core/types'
import type { InferInput, SimpleError } from '@vinejs/vine/types'

export type ParamValue = string | number | bigint | boolean

export interface Registry {
  'register': {
    methods: ["GET","HEAD"]
    pattern: '/register'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/auth/register_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/auth/register_controller').default['create']>>>
    }
  }
  'register.store': {
    methods: ["POST"]
    pattern: '/register'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/auth').registerValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/auth').registerValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/auth/register_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/auth/register_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'login': {
    methods: ["GET","HEAD"]
    pattern: '/login'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/auth/session_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/auth/session_controller').default['create']>>>
    }
  }
  'login.store': {
    methods: ["POST"]
    pattern: '/login'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/auth').loginValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/auth').loginValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/auth/session_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/auth/session_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'google.redirect': {
    methods: ["GET","HEAD"]
    pattern: '/auth/google/redirect'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/auth/google_controller').default['redirect']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/auth/google_controller').default['redirect']>>>
    }
  }
  'google.callback': {
    methods: ["GET","HEAD"]
    pattern: '/auth/google/callback'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/auth/google_controller').default['callback']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/auth/google_controller').default['callback']>>>
    }
  }
  'password.forgot': {
    methods: ["GET","HEAD"]
    pattern: '/forgot-password'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/auth/password_reset_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/auth/password_reset_controller').default['create']>>>
    }
  }
  'password.forgot.store': {
    methods: ["POST"]
    pattern: '/forgot-password'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/auth').emailOnlyValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/auth').emailOnlyValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/auth/password_reset_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/auth/password_reset_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'register.sent': {
    methods: ["GET","HEAD"]
    pattern: '/register/check-email'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/auth/register_controller').default['sent']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/auth/register_controller').default['sent']>>>
    }
  }
  'logout': {
    methods: ["POST"]
    pattern: '/logout'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/auth/session_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/auth/session_controller').default['destroy']>>>
    }
  }
  'password.reset': {
    methods: ["GET","HEAD"]
    pattern: '/reset-password/:token'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { token: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/auth/password_reset_controller').default['edit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/auth/password_reset_controller').default['edit']>>>
    }
  }
  'password.reset.update': {
    methods: ["POST"]
    pattern: '/reset-password/:token'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/auth').resetPasswordValidator)>>
      paramsTuple: [ParamValue]
      params: { token: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/auth').resetPasswordValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/auth/password_reset_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/auth/password_reset_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'verification.create': {
    methods: ["GET","HEAD"]
    pattern: '/verify-email'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/auth/email_verification_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/auth/email_verification_controller').default['create']>>>
    }
  }
  'verification.resend': {
    methods: ["POST"]
    pattern: '/verify-email'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/auth').emailOnlyValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/auth').emailOnlyValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/auth/email_verification_controller').default['resend']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/auth/email_verification_controller').default['resend']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'verification.show': {
    methods: ["GET","HEAD"]
    pattern: '/verify-email/:token'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { token: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/auth/email_verification_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/auth/email_verification_controller').default['show']>>>
    }
  }
  'verification.store': {
    methods: ["POST"]
    pattern: '/verify-email/:token'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { token: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/auth/email_verification_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/auth/email_verification_controller').default['store']>>>
    }
  }
  'locale.update': {
    methods: ["POST"]
    pattern: '/locale'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/auth/locale_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/auth/locale_controller').default['update']>>>
    }
  }
  'portal.dashboard': {
    methods: ["GET","HEAD"]
    pattern: '/portal'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/portal/dashboard_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/portal/dashboard_controller').default['show']>>>
    }
  }
  'portal.settings': {
    methods: ["GET","HEAD"]
    pattern: '/portal/settings'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/portal/settings_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/portal/settings_controller').default['show']>>>
    }
  }
  'portal.settings.profile': {
    methods: ["PUT"]
    pattern: '/portal/settings/profile'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/customer_settings').profileValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/customer_settings').profileValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/portal/settings_controller').default['updateProfile']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/portal/settings_controller').default['updateProfile']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'portal.settings.password': {
    methods: ["PUT"]
    pattern: '/portal/settings/password'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/customer_settings').changePasswordValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/customer_settings').changePasswordValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/portal/settings_controller').default['updatePassword']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/portal/settings_controller').default['updatePassword']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'portal.settings.email': {
    methods: ["PUT"]
    pattern: '/portal/settings/email'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/customer_settings').changeEmailValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/customer_settings').changeEmailValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/portal/settings_controller').default['updateEmail']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/portal/settings_controller').default['updateEmail']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'portal.verification.resend': {
    methods: ["POST"]
    pattern: '/portal/verify-email'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/auth/email_verification_controller').default['resendForUser']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/auth/email_verification_controller').default['resendForUser']>>>
    }
  }
  'portal.orders.index': {
    methods: ["GET","HEAD"]
    pattern: '/portal/orders'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/portal/orders_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/portal/orders_controller').default['index']>>>
    }
  }
  'portal.orders.show': {
    methods: ["GET","HEAD"]
    pattern: '/portal/orders/:orderId'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { orderId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/portal/orders_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/portal/orders_controller').default['show']>>>
    }
  }
  'portal.orders.accept': {
    methods: ["POST"]
    pattern: '/portal/orders/:orderId/accept'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/customer_orders').acceptQuoteValidator)>>
      paramsTuple: [ParamValue]
      params: { orderId: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/customer_orders').acceptQuoteValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/portal/orders_controller').default['accept']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/portal/orders_controller').default['accept']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'portal.orders.decline': {
    methods: ["POST"]
    pattern: '/portal/orders/:orderId/decline'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/customer_orders').declineQuoteValidator)>>
      paramsTuple: [ParamValue]
      params: { orderId: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/customer_orders').declineQuoteValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/portal/orders_controller').default['decline']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/portal/orders_controller').default['decline']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'quote.show': {
    methods: ["GET","HEAD"]
    pattern: '/quote/:claimCode'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { claimCode: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/customer/quote_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/customer/quote_controller').default['show']>>>
    }
  }
  'quote.sign_in': {
    methods: ["GET","HEAD"]
    pattern: '/quote/:claimCode/claim'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { claimCode: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/customer/quote_controller').default['signIn']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/customer/quote_controller').default['signIn']>>>
    }
  }
  'quote.claim': {
    methods: ["POST"]
    pattern: '/quote/:claimCode/claim'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { claimCode: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/customer/quote_controller').default['claim']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/customer/quote_controller').default['claim']>>>
    }
  }
  'staff.login': {
    methods: ["GET","HEAD"]
    pattern: '/staff/login'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/session_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/session_controller').default['create']>>>
    }
  }
  'staff.login.store': {
    methods: ["POST"]
    pattern: '/staff/login'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/staff').staffLoginValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/staff').staffLoginValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/session_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/session_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'staff.logout': {
    methods: ["POST"]
    pattern: '/staff/logout'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/session_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/session_controller').default['destroy']>>>
    }
  }
  'staff.two_factor.show': {
    methods: ["GET","HEAD"]
    pattern: '/staff/two-factor'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/two_factor_challenge_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/two_factor_challenge_controller').default['show']>>>
    }
  }
  'staff.two_factor.verify': {
    methods: ["POST"]
    pattern: '/staff/two-factor'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/staff').staffTwoFactorCodeValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/staff').staffTwoFactorCodeValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/two_factor_challenge_controller').default['verify']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/two_factor_challenge_controller').default['verify']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'staff.first_login.password.edit': {
    methods: ["GET","HEAD"]
    pattern: '/staff/first-login/password'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/first_login_controller').default['editPassword']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/first_login_controller').default['editPassword']>>>
    }
  }
  'staff.first_login.password.update': {
    methods: ["POST"]
    pattern: '/staff/first-login/password'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/staff').staffFirstPasswordValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/staff').staffFirstPasswordValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/first_login_controller').default['updatePassword']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/first_login_controller').default['updatePassword']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'staff.first_login.verify_email.show': {
    methods: ["GET","HEAD"]
    pattern: '/staff/first-login/verify-email'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/first_login_controller').default['showVerifyEmail']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/first_login_controller').default['showVerifyEmail']>>>
    }
  }
  'staff.first_login.verify_email.send': {
    methods: ["POST"]
    pattern: '/staff/first-login/verify-email'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/first_login_controller').default['sendVerifyEmail']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/first_login_controller').default['sendVerifyEmail']>>>
    }
  }
  'staff.first_login.verify_email.confirm': {
    methods: ["GET","HEAD"]
    pattern: '/staff/first-login/verify-email/:token'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { token: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/first_login_controller').default['confirmEmail']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/first_login_controller').default['confirmEmail']>>>
    }
  }
  'staff.first_login.two_factor.show': {
    methods: ["GET","HEAD"]
    pattern: '/staff/first-login/two-factor'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/first_login_controller').default['showTwoFactorSetup']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/first_login_controller').default['showTwoFactorSetup']>>>
    }
  }
  'staff.first_login.two_factor.confirm': {
    methods: ["POST"]
    pattern: '/staff/first-login/two-factor'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/staff').staffTwoFactorCodeValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/staff').staffTwoFactorCodeValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/first_login_controller').default['confirmTwoFactorSetup']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/first_login_controller').default['confirmTwoFactorSetup']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'staff.dashboard': {
    methods: ["GET","HEAD"]
    pattern: '/staff'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/dashboard_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/dashboard_controller').default['show']>>>
    }
  }
  'staff.orders.index': {
    methods: ["GET","HEAD"]
    pattern: '/staff/orders'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#validators/order_list').orderListValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/orders_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/orders_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'staff.catalog.index': {
    methods: ["GET","HEAD"]
    pattern: '/staff/catalog'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'staff.catalog.components.index': {
    methods: ["GET","HEAD"]
    pattern: '/staff/catalog/components'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#validators/catalog').componentSearchValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/catalog_components_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/catalog_components_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'staff.catalog.components.create': {
    methods: ["GET","HEAD"]
    pattern: '/staff/catalog/components/new'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/catalog_components_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/catalog_components_controller').default['create']>>>
    }
  }
  'staff.catalog.components.store': {
    methods: ["POST"]
    pattern: '/staff/catalog/components'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/catalog').componentValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/catalog').componentValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/catalog_components_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/catalog_components_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'staff.catalog.components.edit': {
    methods: ["GET","HEAD"]
    pattern: '/staff/catalog/components/:id/edit'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/catalog_components_controller').default['edit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/catalog_components_controller').default['edit']>>>
    }
  }
  'staff.catalog.components.update': {
    methods: ["POST"]
    pattern: '/staff/catalog/components/:id'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/catalog').componentValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/catalog').componentValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/catalog_components_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/catalog_components_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'staff.catalog.components.deactivate': {
    methods: ["POST"]
    pattern: '/staff/catalog/components/:id/deactivate'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/catalog_components_controller').default['deactivate']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/catalog_components_controller').default['deactivate']>>>
    }
  }
  'staff.catalog.components.activate': {
    methods: ["POST"]
    pattern: '/staff/catalog/components/:id/activate'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/catalog_components_controller').default['activate']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/catalog_components_controller').default['activate']>>>
    }
  }
  'staff.catalog.components.show': {
    methods: ["GET","HEAD"]
    pattern: '/staff/catalog/components/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/catalog_components_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/catalog_components_controller').default['show']>>>
    }
  }
  'staff.catalog.components.prices.store': {
    methods: ["POST"]
    pattern: '/staff/catalog/components/:id/prices'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/catalog').supplierPriceValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/catalog').supplierPriceValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/catalog_components_controller').default['recordPrice']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/catalog_components_controller').default['recordPrice']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'staff.catalog.items.index': {
    methods: ["GET","HEAD"]
    pattern: '/staff/catalog/:kind'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { kind: ParamValue }
      query: ExtractQueryForGet<InferInput<(typeof import('#validators/catalog').catalogSearchValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/catalog_items_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/catalog_items_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'staff.catalog.items.create': {
    methods: ["GET","HEAD"]
    pattern: '/staff/catalog/:kind/new'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { kind: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/catalog_items_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/catalog_items_controller').default['create']>>>
    }
  }
  'staff.catalog.items.store': {
    methods: ["POST"]
    pattern: '/staff/catalog/:kind'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { kind: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/catalog_items_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/catalog_items_controller').default['store']>>>
    }
  }
  'staff.catalog.items.edit': {
    methods: ["GET","HEAD"]
    pattern: '/staff/catalog/:kind/:id/edit'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { kind: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/catalog_items_controller').default['edit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/catalog_items_controller').default['edit']>>>
    }
  }
  'staff.catalog.items.update': {
    methods: ["POST"]
    pattern: '/staff/catalog/:kind/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { kind: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/catalog_items_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/catalog_items_controller').default['update']>>>
    }
  }
  'staff.catalog.items.deactivate': {
    methods: ["POST"]
    pattern: '/staff/catalog/:kind/:id/deactivate'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { kind: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/catalog_items_controller').default['deactivate']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/catalog_items_controller').default['deactivate']>>>
    }
  }
  'staff.catalog.items.activate': {
    methods: ["POST"]
    pattern: '/staff/catalog/:kind/:id/activate'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { kind: ParamValue; id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/catalog_items_controller').default['activate']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/catalog_items_controller').default['activate']>>>
    }
  }
  'staff.orders.show': {
    methods: ["GET","HEAD"]
    pattern: '/staff/orders/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/order_details_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/order_details_controller').default['show']>>>
    }
  }
  'staff.orders.transitions': {
    methods: ["POST"]
    pattern: '/staff/orders/:id/transitions'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/order_transition').orderTransitionValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/order_transition').orderTransitionValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/order_details_controller').default['transition']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/order_details_controller').default['transition']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'staff.orders.notes': {
    methods: ["PUT"]
    pattern: '/staff/orders/:id/notes'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/quote').orderNotesValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/quote').orderNotesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/order_details_controller').default['updateNotes']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/order_details_controller').default['updateNotes']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'staff.quotes.create': {
    methods: ["GET","HEAD"]
    pattern: '/staff/quotes/new'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/quotes_controller').default['create']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/quotes_controller').default['create']>>>
    }
  }
  'staff.quotes.store': {
    methods: ["POST"]
    pattern: '/staff/quotes'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/quote').quoteIntakeValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/quote').quoteIntakeValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/quotes_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/quotes_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'staff.quotes.catalog': {
    methods: ["GET","HEAD"]
    pattern: '/staff/quotes/catalog'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#validators/quote').catalogPickSearchValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/quotes_controller').default['catalog']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/quotes_controller').default['catalog']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'staff.quotes.edit': {
    methods: ["GET","HEAD"]
    pattern: '/staff/quotes/:id/edit'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/quotes_controller').default['edit']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/quotes_controller').default['edit']>>>
    }
  }
  'staff.quotes.publish': {
    methods: ["POST"]
    pattern: '/staff/quotes/:id/publish'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/quote').publishQuoteValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/quote').publishQuoteValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/quotes_controller').default['publish']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/quotes_controller').default['publish']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'staff.quotes.validity': {
    methods: ["POST"]
    pattern: '/staff/quotes/:id/validity'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/quote').quoteValidityValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/quote').quoteValidityValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/quotes_controller').default['extendValidity']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/quotes_controller').default['extendValidity']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'staff.quotes.lines.catalog': {
    methods: ["POST"]
    pattern: '/staff/quotes/:id/lines/catalog'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/quote').catalogLineValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/quote').catalogLineValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/quote_lines_controller').default['storeFromCatalog']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/quote_lines_controller').default['storeFromCatalog']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'staff.quotes.lines.custom': {
    methods: ["POST"]
    pattern: '/staff/quotes/:id/lines/custom'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/quote').customLineValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/quote').customLineValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/quote_lines_controller').default['storeCustom']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/quote_lines_controller').default['storeCustom']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'staff.quotes.lines.reorder': {
    methods: ["POST"]
    pattern: '/staff/quotes/:id/lines/reorder'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/quote').reorderLinesValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/quote').reorderLinesValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/quote_lines_controller').default['reorder']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/quote_lines_controller').default['reorder']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'staff.quotes.lines.update': {
    methods: ["POST"]
    pattern: '/staff/quotes/:id/lines/:lineId'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/quote').updateLineValidator)>>
      paramsTuple: [ParamValue, ParamValue]
      params: { id: ParamValue; lineId: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/quote').updateLineValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/quote_lines_controller').default['update']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/quote_lines_controller').default['update']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'staff.quotes.lines.destroy': {
    methods: ["POST"]
    pattern: '/staff/quotes/:id/lines/:lineId/remove'
    types: {
      body: {}
      paramsTuple: [ParamValue, ParamValue]
      params: { id: ParamValue; lineId: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/quote_lines_controller').default['destroy']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/quote_lines_controller').default['destroy']>>>
    }
  }
  'staff.requests.index': {
    methods: ["GET","HEAD"]
    pattern: '/staff/requests'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#validators/site').intakeRequestListValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/intake_requests_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/intake_requests_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'staff.requests.draft': {
    methods: ["POST"]
    pattern: '/staff/requests/:id/draft'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/intake_requests_controller').default['toDraft']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/intake_requests_controller').default['toDraft']>>>
    }
  }
  'staff.recovery_codes': {
    methods: ["GET","HEAD"]
    pattern: '/staff/recovery-codes'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/recovery_codes_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/recovery_codes_controller').default['show']>>>
    }
  }
  'staff.settings': {
    methods: ["GET","HEAD"]
    pattern: '/staff/settings'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/settings_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/settings_controller').default['show']>>>
    }
  }
  'staff.settings.password': {
    methods: ["POST"]
    pattern: '/staff/settings/password'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/staff').staffChangePasswordValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/staff').staffChangePasswordValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/settings_controller').default['updatePassword']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/settings_controller').default['updatePassword']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'staff.settings.recovery_codes': {
    methods: ["POST"]
    pattern: '/staff/settings/recovery-codes'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/staff').staffConfirmPasswordValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/staff').staffConfirmPasswordValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/recovery_codes_controller').default['regenerate']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/recovery_codes_controller').default['regenerate']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'staff.users.index': {
    methods: ["GET","HEAD"]
    pattern: '/staff/users'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#validators/staff').staffUserSearchValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/users_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/users_controller').default['index']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'staff.users.show': {
    methods: ["GET","HEAD"]
    pattern: '/staff/users/:id'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/users_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/users_controller').default['show']>>>
    }
  }
  'staff.users.role': {
    methods: ["POST"]
    pattern: '/staff/users/:id/role'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/staff').staffUserRoleValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/staff').staffUserRoleValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/users_controller').default['updateRole']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/users_controller').default['updateRole']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'staff.users.ban': {
    methods: ["POST"]
    pattern: '/staff/users/:id/ban'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/staff').staffUserBanValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/staff').staffUserBanValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/users_controller').default['ban']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/users_controller').default['ban']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'staff.users.unban': {
    methods: ["POST"]
    pattern: '/staff/users/:id/unban'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/users_controller').default['unban']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/users_controller').default['unban']>>>
    }
  }
  'staff.users.reset_two_factor': {
    methods: ["POST"]
    pattern: '/staff/users/:id/reset-two-factor'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/users_controller').default['resetTwoFactor']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/users_controller').default['resetTwoFactor']>>>
    }
  }
  'staff.users.force_password_change': {
    methods: ["POST"]
    pattern: '/staff/users/:id/force-password-change'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/staff/users_controller').default['forcePasswordChange']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/staff/users_controller').default['forcePasswordChange']>>>
    }
  }
  'services': {
    methods: ["GET","HEAD"]
    pattern: '/services'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'how_it_works': {
    methods: ["GET","HEAD"]
    pattern: '/how-it-works'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'faq': {
    methods: ["GET","HEAD"]
    pattern: '/faq'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'cookies': {
    methods: ["GET","HEAD"]
    pattern: '/cookies'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'pricing': {
    methods: ["GET","HEAD"]
    pattern: '/pricing'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/site/pricing_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/site/pricing_controller').default['show']>>>
    }
  }
  'contact': {
    methods: ["GET","HEAD"]
    pattern: '/contact'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/site/contact_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/site/contact_controller').default['show']>>>
    }
  }
  'contact.store': {
    methods: ["POST"]
    pattern: '/contact'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/site').contactValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/site').contactValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/site/contact_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/site/contact_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'waitlist': {
    methods: ["GET","HEAD"]
    pattern: '/waitlist'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/site/waitlist_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/site/waitlist_controller').default['show']>>>
    }
  }
  'waitlist.store': {
    methods: ["POST"]
    pattern: '/waitlist'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/site').waitlistValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/site').waitlistValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/site/waitlist_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/site/waitlist_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'cookies.consent': {
    methods: ["POST"]
    pattern: '/cookies/consent'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/site').cookieConsentValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/site').cookieConsentValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/site/cookie_consent_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/site/cookie_consent_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'robots': {
    methods: ["GET","HEAD"]
    pattern: '/robots.txt'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/site/seo_controller').default['robots']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/site/seo_controller').default['robots']>>>
    }
  }
  'sitemap': {
    methods: ["GET","HEAD"]
    pattern: '/sitemap.xml'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/site/seo_controller').default['sitemap']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/site/seo_controller').default['sitemap']>>>
    }
  }
  'payments.create_order': {
    methods: ["POST"]
    pattern: '/payments/create-order'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/payments').createPaymentOrderValidator)>>
      paramsTuple: []
      params: {}
      query: ExtractQuery<InferInput<(typeof import('#validators/payments').createPaymentOrderValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/payments/checkout_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/payments/checkout_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'payment.success': {
    methods: ["GET","HEAD"]
    pattern: '/payment/success'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#validators/payments').paymentReturnValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/payments/return_controller').default['success']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/payments/return_controller').default['success']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'payment.failure': {
    methods: ["GET","HEAD"]
    pattern: '/payment/failure'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: ExtractQueryForGet<InferInput<(typeof import('#validators/payments').paymentReturnValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/payments/return_controller').default['failure']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/payments/return_controller').default['failure']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'payments.webhook.key': {
    methods: ["GET","HEAD"]
    pattern: '/payments/webhook'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/payments/webhook_controller').default['key']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/payments/webhook_controller').default['key']>>>
    }
  }
  'payments.webhook': {
    methods: ["POST"]
    pattern: '/payments/webhook'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/payments/webhook_controller').default['receive']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/payments/webhook_controller').default['receive']>>>
    }
  }
  'staff.orders.refund': {
    methods: ["POST"]
    pattern: '/staff/orders/:id/refund'
    types: {
      body: ExtractBody<InferInput<(typeof import('#validators/payments').refundValidator)>>
      paramsTuple: [ParamValue]
      params: { id: ParamValue }
      query: ExtractQuery<InferInput<(typeof import('#validators/payments').refundValidator)>>
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/payments/refund_controller').default['store']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/payments/refund_controller').default['store']>>> | { status: 422; response: { errors: SimpleError[] } }
    }
  }
  'home': {
    methods: ["GET","HEAD"]
    pattern: '/'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/home_controller').default['show']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/home_controller').default['show']>>>
    }
  }
  'terms': {
    methods: ["GET","HEAD"]
    pattern: '/terms'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'privacy': {
    methods: ["GET","HEAD"]
    pattern: '/privacy'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: unknown
      errorResponse: unknown
    }
  }
  'dev.mail': {
    methods: ["GET","HEAD"]
    pattern: '/dev/mail'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/dev/mail_controller').default['index']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/dev/mail_controller').default['index']>>>
    }
  }
  'dev.mail.preview': {
    methods: ["GET","HEAD"]
    pattern: '/dev/mail/preview/:locale'
    types: {
      body: {}
      paramsTuple: [ParamValue]
      params: { locale: ParamValue }
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/dev/mail_controller').default['preview']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/dev/mail_controller').default['preview']>>>
    }
  }
  'dev.mail.sample': {
    methods: ["POST"]
    pattern: '/dev/mail/sample'
    types: {
      body: {}
      paramsTuple: []
      params: {}
      query: {}
      response: ExtractResponse<Awaited<ReturnType<import('#controllers/dev/mail_controller').default['sample']>>>
      errorResponse: ExtractErrorResponse<Awaited<ReturnType<import('#controllers/dev/mail_controller').default['sample']>>>
    }
  }
}
