/*
| The typed route client (Tuyau) over the generated route registry: what
| `Form`, `Link` and `urlFor` of @adonisjs/inertia/react resolve route names
| with. Provided once to the whole app in app.tsx.
*/
import { createTuyau } from '@tuyau/core/client'
import { registry } from '@generated/registry'

export const client = createTuyau({ baseUrl: '/', registry })
