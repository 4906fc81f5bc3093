/*
| The quote use cases as the tests drive them: one object over the services
| the app injects (drafts, lines, publishing, validity, notes), built by the
| container the same way.
*/
import type Order from '#models/order'
import type User from '#models/user'
import OrderNotesService from '#services/order_notes_service'
import PublishQuoteService from '#services/publish_quote_service'
import QuoteDraftService from '#services/quote_draft_service'
import QuoteLinesService, { type LineChanges } from '#services/quote_lines_service'
import QuoteValidityService from '#services/quote_validity_service'
import { makeAll } from '#tests/helpers/container'

export async function quoteUseCases() {
  const [drafts, lines, publishing, validity, notes] = await makeAll(
    QuoteDraftService,
    QuoteLinesService,
    PublishQuoteService,
    QuoteValidityService,
    OrderNotesService
  )
  return {
    createDraft: drafts.create.bind(drafts),
    addCatalogLine: lines.addCatalogLine.bind(lines),
    addCustomLine: lines.addCustomLine.bind(lines),
    updateLine: (
      order: Order | number,
      lineId: number,
      changes: LineChanges,
      actor: User | null = null
    ) => lines.updateLine(order, lineId, changes, actor),
    removeLine: lines.removeLine.bind(lines),
    reorder: lines.reorder.bind(lines),
    publish: publishing.publish.bind(publishing),
    extendValidity: (order: Order | number, validUntil: string, actor: User | null = null) =>
      validity.extend(order, validUntil, actor),
    updateNotes: notes.update.bind(notes),
  }
}
