import { defineCollection } from 'astro:content'
import type { Loader } from 'astro/loaders'
import { COLLECTIONS, schemas, type CollectionName } from './lib/schemas'
import { readCollection } from './lib/snapshot'

/**
 * One content collection per snapshot file. Every document is validated against the schema that
 * mirrors its Payload collection; a document that breaks it fails the build with its
 * collection, key and field path named.
 */
function snapshotLoader(collection: CollectionName): Loader {
  return {
    name: `snapshot-${collection}`,
    load: async ({ store, parseData }) => {
      store.clear()
      for (const doc of readCollection(collection)) {
        const id = String(collection === 'media' ? doc.filename : doc.slug)
        const data = await parseData({ id, data: doc })
        store.set({ id, data })
      }
    },
  }
}

export const collections = Object.fromEntries(
  COLLECTIONS.map((name) => [name, defineCollection({ loader: snapshotLoader(name), schema: schemas[name] })]),
) as { [K in CollectionName]: ReturnType<typeof defineCollection> }
