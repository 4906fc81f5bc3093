import env from '#start/env'
import { defineConfig, services } from '@adonisjs/ally'

/*
| Google sign-in for customers (optional). The driver is always registered so
| that the routes type-check; the sign-in button and routes are live only
| when GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET are set (see
| GoogleSignInService.isEnabled). Register the callback URL below in the
| Google Cloud console.
*/
const allyConfig = defineConfig({
  google: services.google({
    clientId: env.get('GOOGLE_CLIENT_ID') ?? '',
    clientSecret: env.get('GOOGLE_CLIENT_SECRET') ?? '',
    callbackUrl: `${env.get('APP_URL').replace(/\/+$/, '')}/auth/google/callback`,
    scopes: ['openid', 'email', 'profile'],
  }),
})

export default allyConfig

declare module '@adonisjs/ally/types' {
  interface SocialProviders extends InferSocialProviders<typeof allyConfig> {}
}
