import factory from '@adonisjs/lucid/factories'
import { randomUUID } from 'node:crypto'
import Attachment from '#models/attachment'
import { PHOTO_SLOTS } from '#domain/statuses'

/*
| An attachment row (no file is written to Drive). The relation is
| polymorphic with no foreign key, so tests set what it belongs to:
|   AttachmentFactory.apply('photoSlot').merge({ attachableType: 'build', attachableId: build.id })
| The defaults point at nothing (id 0) rather than guess an existing row.
*/
export const AttachmentFactory = factory
  .define(Attachment, ({ faker }) => {
    const key = randomUUID()
    return {
      attachableType: 'order' as const,
      attachableId: 0,
      storageKey: `attachments/${key}.pdf`,
      originalName: faker.helpers.arrayElement(['τιμολόγιο.pdf', 'specs.pdf', 'προσφορά.pdf']),
      mimeType: 'application/pdf',
      sizeBytes: faker.number.int({ min: 20_000, max: 2_000_000 }),
      kind: 'document' as const,
      photoSlot: null,
      bookletType: null,
      visibility: 'staff' as const,
      uploadedById: null,
    }
  })
  .state('photo', (row) => {
    row.merge({
      kind: 'photo',
      storageKey: `attachments/${randomUUID()}.jpg`,
      originalName: 'IMG_2041.jpg',
      mimeType: 'image/jpeg',
    })
  })
  /** A build photo in a random named slot (unique per build: merge photoSlot when adding several). */
  .state('photoSlot', (row, { faker }) => {
    row.merge({
      attachableType: 'build',
      kind: 'photo_slot',
      photoSlot: faker.helpers.arrayElement(PHOTO_SLOTS),
      storageKey: `attachments/${randomUUID()}.jpg`,
      originalName: 'IMG_2042.jpg',
      mimeType: 'image/jpeg',
    })
  })
  .state('booklet', (row) => {
    row.merge({
      attachableType: 'build',
      kind: 'booklet',
      bookletType: 'quick_start',
      originalName: 'quick-start.pdf',
    })
  })
  .state('customerVisible', (row) => {
    row.visibility = 'customer'
  })
  .build()
