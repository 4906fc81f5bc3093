/* eslint-disable prettier/prettier */
import type { AdonisEndpoint } from '@tuyau/core/types'
import type { Registry } from './schema.d.ts'
import type { ApiDefinition } from './tree.d.ts'

const placeholder: any = {}

const routes = {
  'register': {
    methods: ["GET","HEAD"],
    pattern: '/register',
    tokens: [{"old":"/register","type":0,"val":"register","end":""}],
    types: placeholder as Registry['register']['types'],
  },
  'register.store': {
    methods: ["POST"],
    pattern: '/register',
    tokens: [{"old":"/register","type":0,"val":"register","end":""}],
    types: placeholder as Registry['register.store']['types'],
  },
  'login': {
    methods: ["GET","HEAD"],
    pattern: '/login',
    tokens: [{"old":"/login","type":0,"val":"login","end":""}],
    types: placeholder as Registry['login']['types'],
  },
  'login.store': {
    methods: ["POST"],
    pattern: '/login',
    tokens: [{"old":"/login","type":0,"val":"login","end":""}],
    types: placeholder as Registry['login.store']['types'],
  },
  'google.redirect': {
    methods: ["GET","HEAD"],
    pattern: '/auth/google/redirect',
    tokens: [{"old":"/auth/google/redirect","type":0,"val":"auth","end":""},{"old":"/auth/google/redirect","type":0,"val":"google","end":""},{"old":"/auth/google/redirect","type":0,"val":"redirect","end":""}],
    types: placeholder as Registry['google.redirect']['types'],
  },
  'google.callback': {
    methods: ["GET","HEAD"],
    pattern: '/auth/google/callback',
    tokens: [{"old":"/auth/google/callback","type":0,"val":"auth","end":""},{"old":"/auth/google/callback","type":0,"val":"google","end":""},{"old":"/auth/google/callback","type":0,"val":"callback","end":""}],
    types: placeholder as Registry['google.callback']['types'],
  },
  'password.forgot': {
    methods: ["GET","HEAD"],
    pattern: '/forgot-password',
    tokens: [{"old":"/forgot-password","type":0,"val":"forgot-password","end":""}],
    types: placeholder as Registry['password.forgot']['types'],
  },
  'password.forgot.store': {
    methods: ["POST"],
    pattern: '/forgot-password',
    tokens: [{"old":"/forgot-password","type":0,"val":"forgot-password","end":""}],
    types: placeholder as Registry['password.forgot.store']['types'],
  },
  'register.sent': {
    methods: ["GET","HEAD"],
    pattern: '/register/check-email',
    tokens: [{"old":"/register/check-email","type":0,"val":"register","end":""},{"old":"/register/check-email","type":0,"val":"check-email","end":""}],
    types: placeholder as Registry['register.sent']['types'],
  },
  'logout': {
    methods: ["POST"],
    pattern: '/logout',
    tokens: [{"old":"/logout","type":0,"val":"logout","end":""}],
    types: placeholder as Registry['logout']['types'],
  },
  'password.reset': {
    methods: ["GET","HEAD"],
    pattern: '/reset-password/:token',
    tokens: [{"old":"/reset-password/:token","type":0,"val":"reset-password","end":""},{"old":"/reset-password/:token","type":1,"val":"token","end":""}],
    types: placeholder as Registry['password.reset']['types'],
  },
  'password.reset.update': {
    methods: ["POST"],
    pattern: '/reset-password/:token',
    tokens: [{"old":"/reset-password/:token","type":0,"val":"reset-password","end":""},{"old":"/reset-password/:token","type":1,"val":"token","end":""}],
    types: placeholder as Registry['password.reset.update']['types'],
  },
  'verification.create': {
    methods: ["GET","HEAD"],
    pattern: '/verify-email',
    tokens: [{"old":"/verify-email","type":0,"val":"verify-email","end":""}],
    types: placeholder as Registry['verification.create']['types'],
  },
  'verification.resend': {
    methods: ["POST"],
    pattern: '/verify-email',
    tokens: [{"old":"/verify-email","type":0,"val":"verify-email","end":""}],
    types: placeholder as Registry['verification.resend']['types'],
  },
  'verification.show': {
    methods: ["GET","HEAD"],
    pattern: '/verify-email/:token',
    tokens: [{"old":"/verify-email/:token","type":0,"val":"verify-email","end":""},{"old":"/verify-email/:token","type":1,"val":"token","end":""}],
    types: placeholder as Registry['verification.show']['types'],
  },
  'verification.store': {
    methods: ["POST"],
    pattern: '/verify-email/:token',
    tokens: [{"old":"/verify-email/:token","type":0,"val":"verify-email","end":""},{"old":"/verify-email/:token","type":1,"val":"token","end":""}],
    types: placeholder as Registry['verification.store']['types'],
  },
  'locale.update': {
    methods: ["POST"],
    pattern: '/locale',
    tokens: [{"old":"/locale","type":0,"val":"locale","end":""}],
    types: placeholder as Registry['locale.update']['types'],
  },
  'portal.dashboard': {
    methods: ["GET","HEAD"],
    pattern: '/portal',
    tokens: [{"old":"/portal","type":0,"val":"portal","end":""}],
    types: placeholder as Registry['portal.dashboard']['types'],
  },
  'portal.settings': {
    methods: ["GET","HEAD"],
    pattern: '/portal/settings',
    tokens: [{"old":"/portal/settings","type":0,"val":"portal","end":""},{"old":"/portal/settings","type":0,"val":"settings","end":""}],
    types: placeholder as Registry['portal.settings']['types'],
  },
  'portal.settings.profile': {
    methods: ["PUT"],
    pattern: '/portal/settings/profile',
    tokens: [{"old":"/portal/settings/profile","type":0,"val":"portal","end":""},{"old":"/portal/settings/profile","type":0,"val":"settings","end":""},{"old":"/portal/settings/profile","type":0,"val":"profile","end":""}],
    types: placeholder as Registry['portal.settings.profile']['types'],
  },
  'portal.settings.password': {
    methods: ["PUT"],
    pattern: '/portal/settings/password',
    tokens: [{"old":"/portal/settings/password","type":0,"val":"portal","end":""},{"old":"/portal/settings/password","type":0,"val":"settings","end":""},{"old":"/portal/settings/password","type":0,"val":"password","end":""}],
    types: placeholder as Registry['portal.settings.password']['types'],
  },
  'portal.settings.email': {
    methods: ["PUT"],
    pattern: '/portal/settings/email',
    tokens: [{"old":"/portal/settings/email","type":0,"val":"portal","end":""},{"old":"/portal/settings/email","type":0,"val":"settings","end":""},{"old":"/portal/settings/email","type":0,"val":"email","end":""}],
    types: placeholder as Registry['portal.settings.email']['types'],
  },
  'portal.verification.resend': {
    methods: ["POST"],
    pattern: '/portal/verify-email',
    tokens: [{"old":"/portal/verify-email","type":0,"val":"portal","end":""},{"old":"/portal/verify-email","type":0,"val":"verify-email","end":""}],
    types: placeholder as Registry['portal.verification.resend']['types'],
  },
  'staff.login': {
    methods: ["GET","HEAD"],
    pattern: '/staff/login',
    tokens: [{"old":"/staff/login","type":0,"val":"staff","end":""},{"old":"/staff/login","type":0,"val":"login","end":""}],
    types: placeholder as Registry['staff.login']['types'],
  },
  'staff.login.store': {
    methods: ["POST"],
    pattern: '/staff/login',
    tokens: [{"old":"/staff/login","type":0,"val":"staff","end":""},{"old":"/staff/login","type":0,"val":"login","end":""}],
    types: placeholder as Registry['staff.login.store']['types'],
  },
  'staff.logout': {
    methods: ["POST"],
    pattern: '/staff/logout',
    tokens: [{"old":"/staff/logout","type":0,"val":"staff","end":""},{"old":"/staff/logout","type":0,"val":"logout","end":""}],
    types: placeholder as Registry['staff.logout']['types'],
  },
  'staff.two_factor.show': {
    methods: ["GET","HEAD"],
    pattern: '/staff/two-factor',
    tokens: [{"old":"/staff/two-factor","type":0,"val":"staff","end":""},{"old":"/staff/two-factor","type":0,"val":"two-factor","end":""}],
    types: placeholder as Registry['staff.two_factor.show']['types'],
  },
  'staff.two_factor.verify': {
    methods: ["POST"],
    pattern: '/staff/two-factor',
    tokens: [{"old":"/staff/two-factor","type":0,"val":"staff","end":""},{"old":"/staff/two-factor","type":0,"val":"two-factor","end":""}],
    types: placeholder as Registry['staff.two_factor.verify']['types'],
  },
  'staff.first_login.password.edit': {
    methods: ["GET","HEAD"],
    pattern: '/staff/first-login/password',
    tokens: [{"old":"/staff/first-login/password","type":0,"val":"staff","end":""},{"old":"/staff/first-login/password","type":0,"val":"first-login","end":""},{"old":"/staff/first-login/password","type":0,"val":"password","end":""}],
    types: placeholder as Registry['staff.first_login.password.edit']['types'],
  },
  'staff.first_login.password.update': {
    methods: ["POST"],
    pattern: '/staff/first-login/password',
    tokens: [{"old":"/staff/first-login/password","type":0,"val":"staff","end":""},{"old":"/staff/first-login/password","type":0,"val":"first-login","end":""},{"old":"/staff/first-login/password","type":0,"val":"password","end":""}],
    types: placeholder as Registry['staff.first_login.password.update']['types'],
  },
  'staff.first_login.verify_email.show': {
    methods: ["GET","HEAD"],
    pattern: '/staff/first-login/verify-email',
    tokens: [{"old":"/staff/first-login/verify-email","type":0,"val":"staff","end":""},{"old":"/staff/first-login/verify-email","type":0,"val":"first-login","end":""},{"old":"/staff/first-login/verify-email","type":0,"val":"verify-email","end":""}],
    types: placeholder as Registry['staff.first_login.verify_email.show']['types'],
  },
  'staff.first_login.verify_email.send': {
    methods: ["POST"],
    pattern: '/staff/first-login/verify-email',
    tokens: [{"old":"/staff/first-login/verify-email","type":0,"val":"staff","end":""},{"old":"/staff/first-login/verify-email","type":0,"val":"first-login","end":""},{"old":"/staff/first-login/verify-email","type":0,"val":"verify-email","end":""}],
    types: placeholder as Registry['staff.first_login.verify_email.send']['types'],
  },
  'staff.first_login.verify_email.confirm': {
    methods: ["GET","HEAD"],
    pattern: '/staff/first-login/verify-email/:token',
    tokens: [{"old":"/staff/first-login/verify-email/:token","type":0,"val":"staff","end":""},{"old":"/staff/first-login/verify-email/:token","type":0,"val":"first-login","end":""},{"old":"/staff/first-login/verify-email/:token","type":0,"val":"verify-email","end":""},{"old":"/staff/first-login/verify-email/:token","type":1,"val":"token","end":""}],
    types: placeholder as Registry['staff.first_login.verify_email.confirm']['types'],
  },
  'staff.first_login.two_factor.show': {
    methods: ["GET","HEAD"],
    pattern: '/staff/first-login/two-factor',
    tokens: [{"old":"/staff/first-login/two-factor","type":0,"val":"staff","end":""},{"old":"/staff/first-login/two-factor","type":0,"val":"first-login","end":""},{"old":"/staff/first-login/two-factor","type":0,"val":"two-factor","end":""}],
    types: placeholder as Registry['staff.first_login.two_factor.show']['types'],
  },
  'staff.first_login.two_factor.confirm': {
    methods: ["POST"],
    pattern: '/staff/first-login/two-factor',
    tokens: [{"old":"/staff/first-login/two-factor","type":0,"val":"staff","end":""},{"old":"/staff/first-login/two-factor","type":0,"val":"first-login","end":""},{"old":"/staff/first-login/two-factor","type":0,"val":"two-factor","end":""}],
    types: placeholder as Registry['staff.first_login.two_factor.confirm']['types'],
  },
  'staff.dashboard': {
    methods: ["GET","HEAD"],
    pattern: '/staff',
    tokens: [{"old":"/staff","type":0,"val":"staff","end":""}],
    types: placeholder as Registry['staff.dashboard']['types'],
  },
  'staff.orders.index': {
    methods: ["GET","HEAD"],
    pattern: '/staff/orders',
    tokens: [{"old":"/staff/orders","type":0,"val":"staff","end":""},{"old":"/staff/orders","type":0,"val":"orders","end":""}],
    types: placeholder as Registry['staff.orders.index']['types'],
  },
  'staff.catalog.index': {
    methods: ["GET","HEAD"],
    pattern: '/staff/catalog',
    tokens: [{"old":"/staff/catalog","type":0,"val":"staff","end":""},{"old":"/staff/catalog","type":0,"val":"catalog","end":""}],
    types: placeholder as Registry['staff.catalog.index']['types'],
  },
  'staff.catalog.components.index': {
    methods: ["GET","HEAD"],
    pattern: '/staff/catalog/components',
    tokens: [{"old":"/staff/catalog/components","type":0,"val":"staff","end":""},{"old":"/staff/catalog/components","type":0,"val":"catalog","end":""},{"old":"/staff/catalog/components","type":0,"val":"components","end":""}],
    types: placeholder as Registry['staff.catalog.components.index']['types'],
  },
  'staff.catalog.components.create': {
    methods: ["GET","HEAD"],
    pattern: '/staff/catalog/components/new',
    tokens: [{"old":"/staff/catalog/components/new","type":0,"val":"staff","end":""},{"old":"/staff/catalog/components/new","type":0,"val":"catalog","end":""},{"old":"/staff/catalog/components/new","type":0,"val":"components","end":""},{"old":"/staff/catalog/components/new","type":0,"val":"new","end":""}],
    types: placeholder as Registry['staff.catalog.components.create']['types'],
  },
  'staff.catalog.components.store': {
    methods: ["POST"],
    pattern: '/staff/catalog/components',
    tokens: [{"old":"/staff/catalog/components","type":0,"val":"staff","end":""},{"old":"/staff/catalog/components","type":0,"val":"catalog","end":""},{"old":"/staff/catalog/components","type":0,"val":"components","end":""}],
    types: placeholder as Registry['staff.catalog.components.store']['types'],
  },
  'staff.catalog.components.show': {
    methods: ["GET","HEAD"],
    pattern: '/staff/catalog/components/:id',
    tokens: [{"old":"/staff/catalog/components/:id","type":0,"val":"staff","end":""},{"old":"/staff/catalog/components/:id","type":0,"val":"catalog","end":""},{"old":"/staff/catalog/components/:id","type":0,"val":"components","end":""},{"old":"/staff/catalog/components/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['staff.catalog.components.show']['types'],
  },
  'staff.catalog.components.edit': {
    methods: ["GET","HEAD"],
    pattern: '/staff/catalog/components/:id/edit',
    tokens: [{"old":"/staff/catalog/components/:id/edit","type":0,"val":"staff","end":""},{"old":"/staff/catalog/components/:id/edit","type":0,"val":"catalog","end":""},{"old":"/staff/catalog/components/:id/edit","type":0,"val":"components","end":""},{"old":"/staff/catalog/components/:id/edit","type":1,"val":"id","end":""},{"old":"/staff/catalog/components/:id/edit","type":0,"val":"edit","end":""}],
    types: placeholder as Registry['staff.catalog.components.edit']['types'],
  },
  'staff.catalog.components.update': {
    methods: ["POST"],
    pattern: '/staff/catalog/components/:id',
    tokens: [{"old":"/staff/catalog/components/:id","type":0,"val":"staff","end":""},{"old":"/staff/catalog/components/:id","type":0,"val":"catalog","end":""},{"old":"/staff/catalog/components/:id","type":0,"val":"components","end":""},{"old":"/staff/catalog/components/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['staff.catalog.components.update']['types'],
  },
  'staff.catalog.components.deactivate': {
    methods: ["POST"],
    pattern: '/staff/catalog/components/:id/deactivate',
    tokens: [{"old":"/staff/catalog/components/:id/deactivate","type":0,"val":"staff","end":""},{"old":"/staff/catalog/components/:id/deactivate","type":0,"val":"catalog","end":""},{"old":"/staff/catalog/components/:id/deactivate","type":0,"val":"components","end":""},{"old":"/staff/catalog/components/:id/deactivate","type":1,"val":"id","end":""},{"old":"/staff/catalog/components/:id/deactivate","type":0,"val":"deactivate","end":""}],
    types: placeholder as Registry['staff.catalog.components.deactivate']['types'],
  },
  'staff.catalog.components.activate': {
    methods: ["POST"],
    pattern: '/staff/catalog/components/:id/activate',
    tokens: [{"old":"/staff/catalog/components/:id/activate","type":0,"val":"staff","end":""},{"old":"/staff/catalog/components/:id/activate","type":0,"val":"catalog","end":""},{"old":"/staff/catalog/components/:id/activate","type":0,"val":"components","end":""},{"old":"/staff/catalog/components/:id/activate","type":1,"val":"id","end":""},{"old":"/staff/catalog/components/:id/activate","type":0,"val":"activate","end":""}],
    types: placeholder as Registry['staff.catalog.components.activate']['types'],
  },
  'staff.catalog.components.prices.store': {
    methods: ["POST"],
    pattern: '/staff/catalog/components/:id/prices',
    tokens: [{"old":"/staff/catalog/components/:id/prices","type":0,"val":"staff","end":""},{"old":"/staff/catalog/components/:id/prices","type":0,"val":"catalog","end":""},{"old":"/staff/catalog/components/:id/prices","type":0,"val":"components","end":""},{"old":"/staff/catalog/components/:id/prices","type":1,"val":"id","end":""},{"old":"/staff/catalog/components/:id/prices","type":0,"val":"prices","end":""}],
    types: placeholder as Registry['staff.catalog.components.prices.store']['types'],
  },
  'staff.catalog.items.index': {
    methods: ["GET","HEAD"],
    pattern: '/staff/catalog/:kind',
    tokens: [{"old":"/staff/catalog/:kind","type":0,"val":"staff","end":""},{"old":"/staff/catalog/:kind","type":0,"val":"catalog","end":""},{"old":"/staff/catalog/:kind","type":1,"val":"kind","end":""}],
    types: placeholder as Registry['staff.catalog.items.index']['types'],
  },
  'staff.catalog.items.create': {
    methods: ["GET","HEAD"],
    pattern: '/staff/catalog/:kind/new',
    tokens: [{"old":"/staff/catalog/:kind/new","type":0,"val":"staff","end":""},{"old":"/staff/catalog/:kind/new","type":0,"val":"catalog","end":""},{"old":"/staff/catalog/:kind/new","type":1,"val":"kind","end":""},{"old":"/staff/catalog/:kind/new","type":0,"val":"new","end":""}],
    types: placeholder as Registry['staff.catalog.items.create']['types'],
  },
  'staff.catalog.items.store': {
    methods: ["POST"],
    pattern: '/staff/catalog/:kind',
    tokens: [{"old":"/staff/catalog/:kind","type":0,"val":"staff","end":""},{"old":"/staff/catalog/:kind","type":0,"val":"catalog","end":""},{"old":"/staff/catalog/:kind","type":1,"val":"kind","end":""}],
    types: placeholder as Registry['staff.catalog.items.store']['types'],
  },
  'staff.catalog.items.edit': {
    methods: ["GET","HEAD"],
    pattern: '/staff/catalog/:kind/:id/edit',
    tokens: [{"old":"/staff/catalog/:kind/:id/edit","type":0,"val":"staff","end":""},{"old":"/staff/catalog/:kind/:id/edit","type":0,"val":"catalog","end":""},{"old":"/staff/catalog/:kind/:id/edit","type":1,"val":"kind","end":""},{"old":"/staff/catalog/:kind/:id/edit","type":1,"val":"id","end":""},{"old":"/staff/catalog/:kind/:id/edit","type":0,"val":"edit","end":""}],
    types: placeholder as Registry['staff.catalog.items.edit']['types'],
  },
  'staff.catalog.items.update': {
    methods: ["POST"],
    pattern: '/staff/catalog/:kind/:id',
    tokens: [{"old":"/staff/catalog/:kind/:id","type":0,"val":"staff","end":""},{"old":"/staff/catalog/:kind/:id","type":0,"val":"catalog","end":""},{"old":"/staff/catalog/:kind/:id","type":1,"val":"kind","end":""},{"old":"/staff/catalog/:kind/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['staff.catalog.items.update']['types'],
  },
  'staff.catalog.items.deactivate': {
    methods: ["POST"],
    pattern: '/staff/catalog/:kind/:id/deactivate',
    tokens: [{"old":"/staff/catalog/:kind/:id/deactivate","type":0,"val":"staff","end":""},{"old":"/staff/catalog/:kind/:id/deactivate","type":0,"val":"catalog","end":""},{"old":"/staff/catalog/:kind/:id/deactivate","type":1,"val":"kind","end":""},{"old":"/staff/catalog/:kind/:id/deactivate","type":1,"val":"id","end":""},{"old":"/staff/catalog/:kind/:id/deactivate","type":0,"val":"deactivate","end":""}],
    types: placeholder as Registry['staff.catalog.items.deactivate']['types'],
  },
  'staff.catalog.items.activate': {
    methods: ["POST"],
    pattern: '/staff/catalog/:kind/:id/activate',
    tokens: [{"old":"/staff/catalog/:kind/:id/activate","type":0,"val":"staff","end":""},{"old":"/staff/catalog/:kind/:id/activate","type":0,"val":"catalog","end":""},{"old":"/staff/catalog/:kind/:id/activate","type":1,"val":"kind","end":""},{"old":"/staff/catalog/:kind/:id/activate","type":1,"val":"id","end":""},{"old":"/staff/catalog/:kind/:id/activate","type":0,"val":"activate","end":""}],
    types: placeholder as Registry['staff.catalog.items.activate']['types'],
  },
  'staff.orders.show': {
    methods: ["GET","HEAD"],
    pattern: '/staff/orders/:id',
    tokens: [{"old":"/staff/orders/:id","type":0,"val":"staff","end":""},{"old":"/staff/orders/:id","type":0,"val":"orders","end":""},{"old":"/staff/orders/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['staff.orders.show']['types'],
  },
  'staff.orders.transitions': {
    methods: ["POST"],
    pattern: '/staff/orders/:id/transitions',
    tokens: [{"old":"/staff/orders/:id/transitions","type":0,"val":"staff","end":""},{"old":"/staff/orders/:id/transitions","type":0,"val":"orders","end":""},{"old":"/staff/orders/:id/transitions","type":1,"val":"id","end":""},{"old":"/staff/orders/:id/transitions","type":0,"val":"transitions","end":""}],
    types: placeholder as Registry['staff.orders.transitions']['types'],
  },
  'staff.quotes.create': {
    methods: ["GET","HEAD"],
    pattern: '/staff/quotes/new',
    tokens: [{"old":"/staff/quotes/new","type":0,"val":"staff","end":""},{"old":"/staff/quotes/new","type":0,"val":"quotes","end":""},{"old":"/staff/quotes/new","type":0,"val":"new","end":""}],
    types: placeholder as Registry['staff.quotes.create']['types'],
  },
  'staff.quotes.store': {
    methods: ["POST"],
    pattern: '/staff/quotes',
    tokens: [{"old":"/staff/quotes","type":0,"val":"staff","end":""},{"old":"/staff/quotes","type":0,"val":"quotes","end":""}],
    types: placeholder as Registry['staff.quotes.store']['types'],
  },
  'staff.quotes.catalog': {
    methods: ["GET","HEAD"],
    pattern: '/staff/quotes/catalog',
    tokens: [{"old":"/staff/quotes/catalog","type":0,"val":"staff","end":""},{"old":"/staff/quotes/catalog","type":0,"val":"quotes","end":""},{"old":"/staff/quotes/catalog","type":0,"val":"catalog","end":""}],
    types: placeholder as Registry['staff.quotes.catalog']['types'],
  },
  'staff.quotes.edit': {
    methods: ["GET","HEAD"],
    pattern: '/staff/quotes/:id/edit',
    tokens: [{"old":"/staff/quotes/:id/edit","type":0,"val":"staff","end":""},{"old":"/staff/quotes/:id/edit","type":0,"val":"quotes","end":""},{"old":"/staff/quotes/:id/edit","type":1,"val":"id","end":""},{"old":"/staff/quotes/:id/edit","type":0,"val":"edit","end":""}],
    types: placeholder as Registry['staff.quotes.edit']['types'],
  },
  'staff.quotes.publish': {
    methods: ["POST"],
    pattern: '/staff/quotes/:id/publish',
    tokens: [{"old":"/staff/quotes/:id/publish","type":0,"val":"staff","end":""},{"old":"/staff/quotes/:id/publish","type":0,"val":"quotes","end":""},{"old":"/staff/quotes/:id/publish","type":1,"val":"id","end":""},{"old":"/staff/quotes/:id/publish","type":0,"val":"publish","end":""}],
    types: placeholder as Registry['staff.quotes.publish']['types'],
  },
  'staff.quotes.validity': {
    methods: ["POST"],
    pattern: '/staff/quotes/:id/validity',
    tokens: [{"old":"/staff/quotes/:id/validity","type":0,"val":"staff","end":""},{"old":"/staff/quotes/:id/validity","type":0,"val":"quotes","end":""},{"old":"/staff/quotes/:id/validity","type":1,"val":"id","end":""},{"old":"/staff/quotes/:id/validity","type":0,"val":"validity","end":""}],
    types: placeholder as Registry['staff.quotes.validity']['types'],
  },
  'staff.quotes.lines.catalog': {
    methods: ["POST"],
    pattern: '/staff/quotes/:id/lines/catalog',
    tokens: [{"old":"/staff/quotes/:id/lines/catalog","type":0,"val":"staff","end":""},{"old":"/staff/quotes/:id/lines/catalog","type":0,"val":"quotes","end":""},{"old":"/staff/quotes/:id/lines/catalog","type":1,"val":"id","end":""},{"old":"/staff/quotes/:id/lines/catalog","type":0,"val":"lines","end":""},{"old":"/staff/quotes/:id/lines/catalog","type":0,"val":"catalog","end":""}],
    types: placeholder as Registry['staff.quotes.lines.catalog']['types'],
  },
  'staff.quotes.lines.custom': {
    methods: ["POST"],
    pattern: '/staff/quotes/:id/lines/custom',
    tokens: [{"old":"/staff/quotes/:id/lines/custom","type":0,"val":"staff","end":""},{"old":"/staff/quotes/:id/lines/custom","type":0,"val":"quotes","end":""},{"old":"/staff/quotes/:id/lines/custom","type":1,"val":"id","end":""},{"old":"/staff/quotes/:id/lines/custom","type":0,"val":"lines","end":""},{"old":"/staff/quotes/:id/lines/custom","type":0,"val":"custom","end":""}],
    types: placeholder as Registry['staff.quotes.lines.custom']['types'],
  },
  'staff.quotes.lines.reorder': {
    methods: ["POST"],
    pattern: '/staff/quotes/:id/lines/reorder',
    tokens: [{"old":"/staff/quotes/:id/lines/reorder","type":0,"val":"staff","end":""},{"old":"/staff/quotes/:id/lines/reorder","type":0,"val":"quotes","end":""},{"old":"/staff/quotes/:id/lines/reorder","type":1,"val":"id","end":""},{"old":"/staff/quotes/:id/lines/reorder","type":0,"val":"lines","end":""},{"old":"/staff/quotes/:id/lines/reorder","type":0,"val":"reorder","end":""}],
    types: placeholder as Registry['staff.quotes.lines.reorder']['types'],
  },
  'staff.quotes.lines.update': {
    methods: ["POST"],
    pattern: '/staff/quotes/:id/lines/:lineId',
    tokens: [{"old":"/staff/quotes/:id/lines/:lineId","type":0,"val":"staff","end":""},{"old":"/staff/quotes/:id/lines/:lineId","type":0,"val":"quotes","end":""},{"old":"/staff/quotes/:id/lines/:lineId","type":1,"val":"id","end":""},{"old":"/staff/quotes/:id/lines/:lineId","type":0,"val":"lines","end":""},{"old":"/staff/quotes/:id/lines/:lineId","type":1,"val":"lineId","end":""}],
    types: placeholder as Registry['staff.quotes.lines.update']['types'],
  },
  'staff.quotes.lines.destroy': {
    methods: ["POST"],
    pattern: '/staff/quotes/:id/lines/:lineId/remove',
    tokens: [{"old":"/staff/quotes/:id/lines/:lineId/remove","type":0,"val":"staff","end":""},{"old":"/staff/quotes/:id/lines/:lineId/remove","type":0,"val":"quotes","end":""},{"old":"/staff/quotes/:id/lines/:lineId/remove","type":1,"val":"id","end":""},{"old":"/staff/quotes/:id/lines/:lineId/remove","type":0,"val":"lines","end":""},{"old":"/staff/quotes/:id/lines/:lineId/remove","type":1,"val":"lineId","end":""},{"old":"/staff/quotes/:id/lines/:lineId/remove","type":0,"val":"remove","end":""}],
    types: placeholder as Registry['staff.quotes.lines.destroy']['types'],
  },
  'staff.recovery_codes': {
    methods: ["GET","HEAD"],
    pattern: '/staff/recovery-codes',
    tokens: [{"old":"/staff/recovery-codes","type":0,"val":"staff","end":""},{"old":"/staff/recovery-codes","type":0,"val":"recovery-codes","end":""}],
    types: placeholder as Registry['staff.recovery_codes']['types'],
  },
  'staff.settings': {
    methods: ["GET","HEAD"],
    pattern: '/staff/settings',
    tokens: [{"old":"/staff/settings","type":0,"val":"staff","end":""},{"old":"/staff/settings","type":0,"val":"settings","end":""}],
    types: placeholder as Registry['staff.settings']['types'],
  },
  'staff.settings.password': {
    methods: ["POST"],
    pattern: '/staff/settings/password',
    tokens: [{"old":"/staff/settings/password","type":0,"val":"staff","end":""},{"old":"/staff/settings/password","type":0,"val":"settings","end":""},{"old":"/staff/settings/password","type":0,"val":"password","end":""}],
    types: placeholder as Registry['staff.settings.password']['types'],
  },
  'staff.settings.recovery_codes': {
    methods: ["POST"],
    pattern: '/staff/settings/recovery-codes',
    tokens: [{"old":"/staff/settings/recovery-codes","type":0,"val":"staff","end":""},{"old":"/staff/settings/recovery-codes","type":0,"val":"settings","end":""},{"old":"/staff/settings/recovery-codes","type":0,"val":"recovery-codes","end":""}],
    types: placeholder as Registry['staff.settings.recovery_codes']['types'],
  },
  'staff.users.index': {
    methods: ["GET","HEAD"],
    pattern: '/staff/users',
    tokens: [{"old":"/staff/users","type":0,"val":"staff","end":""},{"old":"/staff/users","type":0,"val":"users","end":""}],
    types: placeholder as Registry['staff.users.index']['types'],
  },
  'staff.users.show': {
    methods: ["GET","HEAD"],
    pattern: '/staff/users/:id',
    tokens: [{"old":"/staff/users/:id","type":0,"val":"staff","end":""},{"old":"/staff/users/:id","type":0,"val":"users","end":""},{"old":"/staff/users/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['staff.users.show']['types'],
  },
  'staff.users.role': {
    methods: ["POST"],
    pattern: '/staff/users/:id/role',
    tokens: [{"old":"/staff/users/:id/role","type":0,"val":"staff","end":""},{"old":"/staff/users/:id/role","type":0,"val":"users","end":""},{"old":"/staff/users/:id/role","type":1,"val":"id","end":""},{"old":"/staff/users/:id/role","type":0,"val":"role","end":""}],
    types: placeholder as Registry['staff.users.role']['types'],
  },
  'staff.users.ban': {
    methods: ["POST"],
    pattern: '/staff/users/:id/ban',
    tokens: [{"old":"/staff/users/:id/ban","type":0,"val":"staff","end":""},{"old":"/staff/users/:id/ban","type":0,"val":"users","end":""},{"old":"/staff/users/:id/ban","type":1,"val":"id","end":""},{"old":"/staff/users/:id/ban","type":0,"val":"ban","end":""}],
    types: placeholder as Registry['staff.users.ban']['types'],
  },
  'staff.users.unban': {
    methods: ["POST"],
    pattern: '/staff/users/:id/unban',
    tokens: [{"old":"/staff/users/:id/unban","type":0,"val":"staff","end":""},{"old":"/staff/users/:id/unban","type":0,"val":"users","end":""},{"old":"/staff/users/:id/unban","type":1,"val":"id","end":""},{"old":"/staff/users/:id/unban","type":0,"val":"unban","end":""}],
    types: placeholder as Registry['staff.users.unban']['types'],
  },
  'staff.users.reset_two_factor': {
    methods: ["POST"],
    pattern: '/staff/users/:id/reset-two-factor',
    tokens: [{"old":"/staff/users/:id/reset-two-factor","type":0,"val":"staff","end":""},{"old":"/staff/users/:id/reset-two-factor","type":0,"val":"users","end":""},{"old":"/staff/users/:id/reset-two-factor","type":1,"val":"id","end":""},{"old":"/staff/users/:id/reset-two-factor","type":0,"val":"reset-two-factor","end":""}],
    types: placeholder as Registry['staff.users.reset_two_factor']['types'],
  },
  'staff.users.force_password_change': {
    methods: ["POST"],
    pattern: '/staff/users/:id/force-password-change',
    tokens: [{"old":"/staff/users/:id/force-password-change","type":0,"val":"staff","end":""},{"old":"/staff/users/:id/force-password-change","type":0,"val":"users","end":""},{"old":"/staff/users/:id/force-password-change","type":1,"val":"id","end":""},{"old":"/staff/users/:id/force-password-change","type":0,"val":"force-password-change","end":""}],
    types: placeholder as Registry['staff.users.force_password_change']['types'],
  },
  'home': {
    methods: ["GET","HEAD"],
    pattern: '/',
    tokens: [{"old":"/","type":0,"val":"/","end":""}],
    types: placeholder as Registry['home']['types'],
  },
  'terms': {
    methods: ["GET","HEAD"],
    pattern: '/terms',
    tokens: [{"old":"/terms","type":0,"val":"terms","end":""}],
    types: placeholder as Registry['terms']['types'],
  },
  'privacy': {
    methods: ["GET","HEAD"],
    pattern: '/privacy',
    tokens: [{"old":"/privacy","type":0,"val":"privacy","end":""}],
    types: placeholder as Registry['privacy']['types'],
  },
  'health.live': {
    methods: ["GET","HEAD"],
    pattern: '/health',
    tokens: [{"old":"/health","type":0,"val":"health","end":""}],
    types: placeholder as Registry['health.live']['types'],
  },
  'dev.mail': {
    methods: ["GET","HEAD"],
    pattern: '/dev/mail',
    tokens: [{"old":"/dev/mail","type":0,"val":"dev","end":""},{"old":"/dev/mail","type":0,"val":"mail","end":""}],
    types: placeholder as Registry['dev.mail']['types'],
  },
  'dev.mail.preview': {
    methods: ["GET","HEAD"],
    pattern: '/dev/mail/preview/:locale',
    tokens: [{"old":"/dev/mail/preview/:locale","type":0,"val":"dev","end":""},{"old":"/dev/mail/preview/:locale","type":0,"val":"mail","end":""},{"old":"/dev/mail/preview/:locale","type":0,"val":"preview","end":""},{"old":"/dev/mail/preview/:locale","type":1,"val":"locale","end":""}],
    types: placeholder as Registry['dev.mail.preview']['types'],
  },
  'dev.mail.sample': {
    methods: ["POST"],
    pattern: '/dev/mail/sample',
    tokens: [{"old":"/dev/mail/sample","type":0,"val":"dev","end":""},{"old":"/dev/mail/sample","type":0,"val":"mail","end":""},{"old":"/dev/mail/sample","type":0,"val":"sample","end":""}],
    types: placeholder as Registry['dev.mail.sample']['types'],
  },
} as const satisfies Record<string, AdonisEndpoint>

export { routes }

export const registry = {
  routes,
  $tree: {} as ApiDefinition,
}

declare module '@tuyau/core/types' {
  export interface UserRegistry {
    routes: typeof routes
    $tree: ApiDefinition
  }
}
