import { defineConfig } from '@adonisjs/auth'
import { sessionGuard, SessionLucidUserProvider } from '@adonisjs/auth/session'
import type { InferAuthenticators, InferAuthEvents, Authenticators } from '@adonisjs/auth/types'
import type { LucidAuthenticatable } from '@adonisjs/auth/types/session'
import { compiledStatement, type CompiledStatement } from '#queries/compiled_statement'

/**
 * The guard's user lookup, which every signed-in request makes: the
 * statement of Model.find, compiled once (see CompiledStatement), and its
 * row made a model as find makes it.
 */
class CompiledUserProvider<
  Model extends LucidAuthenticatable,
> extends SessionLucidUserProvider<Model> {
  #byId?: CompiledStatement<[string | number]>

  async findById(identifier: string | number) {
    const model = await this.getModel()
    this.#byId ??= compiledStatement((id: string | number) =>
      model.query().where(model.primaryKey, id).limit(1)
    )
    const user = model.$createFromAdapterResult((await this.#byId.first(identifier)) ?? undefined)
    return user ? this.createUserForGuard(user as InstanceType<Model>) : null
  }
}

const authConfig = defineConfig({
  default: 'web',
  guards: {
    web: sessionGuard({
      useRememberMeTokens: false,
      provider: new CompiledUserProvider({ model: () => import('#models/user') }),
    }),
  },
})

export default authConfig

declare module '@adonisjs/auth/types' {
  export interface Authenticators extends InferAuthenticators<typeof authConfig> {}
}
declare module '@adonisjs/core/types' {
  interface EventsList extends InferAuthEvents<Authenticators> {}
}
