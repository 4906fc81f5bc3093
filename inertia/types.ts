import type { Data } from '@generated/data'
import type { PropsWithChildren } from 'react'
import type { JSONDataTypes } from '@adonisjs/core/types/transformers'

export type InertiaProps<T extends JSONDataTypes = {}> = PropsWithChildren<Data.SharedProps & T>

/** A value and how the page names it (the server's `labelledOptions`). */
export type Option<Value extends string | number = string> = { value: Value; label: string }

/** Lucid's pagination metadata, as a transformer's `paginate` sends it. */
export type PageMeta = {
  total: number
  perPage: number
  currentPage: number
  lastPage: number
}

/** A page of a list: a transformer's `paginate` output. */
export type Paginated<Item> = { data: Item[]; metadata: PageMeta }
