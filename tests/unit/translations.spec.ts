import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { IntlMessageFormat } from 'intl-messageformat'
import { LOCALES } from '#domain/statuses'

/*
| resources/lang is the one store of customer-facing words: every file and
| every key exists in both languages, and each message is valid ICU with the
| same placeholders in both (a page or mail never shows a key, nor a `{name}`
| filled in one language only).
*/

const root = app.languageFilesPath()

/** `file.a.b` → message, lists by index (`file.a.0`), as the i18n loader reads them. */
function flatten(prefix: string, value: unknown, into: Map<string, string>) {
  if (typeof value === 'string') into.set(prefix, value)
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(`${prefix}.${key}`, child, into)
  } else throw new Error(`${prefix} is neither a message nor a group or list of messages`)
}

function messagesOf(locale: string, file: string) {
  const messages = new Map<string, string>()
  flatten(
    file.replace(/\.json$/, ''),
    JSON.parse(readFileSync(join(root, locale, file), 'utf8')),
    messages
  )
  return messages
}

type AstNode = { type: number; value?: unknown; options?: Record<string, { value: AstNode[] }> }

/** The argument names a message uses (`{email}`, `{count, plural, …}`), sorted. */
function placeholders(message: string, locale: string) {
  const names = new Set<string>()
  const walk = (nodes: AstNode[]) => {
    for (const node of nodes) {
      // 0 is literal text, 7 is the `#` of a plural: every other element names an argument.
      if (node.type !== 0 && node.type !== 7 && typeof node.value === 'string')
        names.add(node.value)
      for (const option of Object.values(node.options ?? {})) walk(option.value)
    }
  }
  walk(new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst() as AstNode[])
  return [...names].sort()
}

test.group('Translations', () => {
  test('every file of resources/lang exists in each language', ({ assert }) => {
    const files = LOCALES.map((locale) => readdirSync(join(root, locale)).sort())
    assert.isAbove(files[0].length, 0)
    for (const list of files.slice(1)) assert.deepEqual(list, files[0])
  })

  test('every key exists in both languages, with the same placeholders', ({ assert }) => {
    const [reference, ...others] = LOCALES
    for (const file of readdirSync(join(root, reference))) {
      const base = messagesOf(reference, file)
      for (const locale of others) {
        const translated = messagesOf(locale, file)
        assert.deepEqual(
          [...translated.keys()].filter((key) => !base.has(key)),
          [],
          `${locale}/${file}: keys missing in ${reference}`
        )
        assert.deepEqual(
          [...base.keys()].filter((key) => !translated.has(key)),
          [],
          `${reference}/${file}: keys missing in ${locale}`
        )
        for (const [key, message] of base) {
          if (!translated.has(key)) continue
          assert.deepEqual(
            placeholders(translated.get(key)!, locale),
            placeholders(message, reference),
            `${key}: placeholders differ between ${reference} and ${locale}`
          )
        }
      }
    }
  })
})
