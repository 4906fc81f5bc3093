/**
 * Results of pure computations on the request path (formatted dates, parsed
 * messages, checked cookies), kept so that the same input costs a lookup.
 * In practice the inputs are few; to bound memory when they are not, the memo
 * starts over once it holds `capacity` entries.
 */
export class BoundedMemo<Value, Key = string> {
  #entries = new Map<Key, Value>()

  constructor(readonly capacity: number) {}

  get(key: Key, compute: () => Value): Value {
    const remembered = this.#entries.get(key)
    if (remembered !== undefined) return remembered
    const value = compute()
    if (this.#entries.size >= this.capacity) this.#entries.clear()
    this.#entries.set(key, value)
    return value
  }
}
