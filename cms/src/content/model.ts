import type { CollectionConfig, Field } from 'payload'
import { contentCollections } from '../collections'
import { dataFields } from '../lib/fieldTree'

export type ContentDoc = Record<string, unknown>
export type ContentSet = Map<string, ContentDoc[]>

/**
 * Fields every document has that Payload adds (id, timestamps, draft status) or that we derive:
 * never part of content/ or the snapshot, and only ever at the top level of a document.
 */
export const DERIVED_FIELDS = new Set(['id', 'translationStatus', 'mediaUsed', 'createdAt', 'updatedAt', '_status'])

/**
 * The file metadata Payload adds to the top level of an upload collection (media). Only there:
 * a field named `url` inside an array or group, or in any other collection, is content.
 */
export const UPLOAD_DERIVED_FIELDS = new Set([
  'url',
  'thumbnailURL',
  'mimeType',
  'filesize',
  'width',
  'height',
  'focalX',
  'focalY',
  'sizes',
  'public',
  'editScope',
])

/** Payload's time zone companion of a date field (`startsAt_tz`): always Shanghai, not content. */
export const isTimezoneCompanion = (name: string) => name.endsWith('_tz')

const isDerived = (collection: CollectionConfig, name: string) =>
  DERIVED_FIELDS.has(name) || isTimezoneCompanion(name) || (Boolean(collection.upload) && UPLOAD_DERIVED_FIELDS.has(name))

export const collectionConfig = (slug: string): CollectionConfig => {
  const found = contentCollections.find((c) => c.slug === slug)
  if (!found) throw new Error(`No content collection "${slug}"`)
  return found
}

/** The fields that content/ and the snapshot hold for a collection (media: its metadata only). */
export const contentFields = (collection: CollectionConfig): Array<Field & { name: string }> => [
  // An upload's file name is Payload's own field; content/ and the snapshot key media by it.
  ...(collection.upload ? [{ name: 'filename', type: 'text', required: true } as Field & { name: string }] : []),
  ...dataFields(collection.fields).filter((f) => !isDerived(collection, f.name) && f.name !== 'filename'),
]

/** The key other documents use to point at a document: its slug, or a media file's name. */
export const keyOf = (collection: string, doc: ContentDoc): string =>
  String(collection === 'media' ? doc.filename : doc.slug)

export const CONTENT_COLLECTIONS = contentCollections.map((c) => c.slug)
