import type { CollectionConfig, Field } from 'payload'
import { contentCollections } from '../collections'
import { dataFields } from '../lib/fieldTree'

export type ContentDoc = Record<string, unknown>
export type ContentSet = Map<string, ContentDoc[]>

/**
 * Fields that Payload adds (timestamps, upload metadata) or that we derive: never part of content/
 * or the snapshot. Payload adds its own to the collection's field list when the config is built.
 */
export const DERIVED_FIELDS = new Set([
  'id',
  'translationStatus',
  'createdAt',
  'updatedAt',
  '_status',
  'url',
  'thumbnailURL',
  'mimeType',
  'filesize',
  'width',
  'height',
  'focalX',
  'focalY',
  'sizes',
])

/** Payload's time zone companion of a date field (`startsAt_tz`): always Shanghai, not content. */
export const isDerivedField = (name: string) => DERIVED_FIELDS.has(name) || name.endsWith('_tz')

export const collectionConfig = (slug: string): CollectionConfig => {
  const found = contentCollections.find((c) => c.slug === slug)
  if (!found) throw new Error(`No content collection "${slug}"`)
  return found
}

/** The fields that content/ and the snapshot hold for a collection (media: its metadata only). */
export const contentFields = (collection: CollectionConfig): Array<Field & { name: string }> => [
  // An upload's file name is Payload's own field; content/ and the snapshot key media by it.
  ...(collection.upload ? [{ name: 'filename', type: 'text', required: true } as Field & { name: string }] : []),
  ...dataFields(collection.fields).filter((f) => !isDerivedField(f.name) && f.name !== 'filename'),
]

/** The key other documents use to point at a document: its slug, or a media file's name. */
export const keyOf = (collection: string, doc: ContentDoc): string =>
  String(collection === 'media' ? doc.filename : doc.slug)

export const CONTENT_COLLECTIONS = contentCollections.map((c) => c.slug)
