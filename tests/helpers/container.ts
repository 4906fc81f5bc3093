import app from '@adonisjs/core/services/app'

type Classes<Instances extends unknown[]> = {
  [K in keyof Instances]: new (...args: any[]) => Instances[K]
}

/** The services, built by the container as the app builds them (their injections included). */
export function makeAll<Instances extends unknown[]>(...classes: Classes<Instances>) {
  return Promise.all(classes.map((Class) => app.container.make(Class))) as Promise<Instances>
}
