import { COLLECTIONS, schemas, type CollectionName, type Docs } from './schemas'
import { readCollection, SNAPSHOT_DIR } from './snapshot'

/**
 * A snapshot read outside Astro (the print export), validated with the same schemas as the site's
 * content collections: a document that breaks them is an error naming collection, key and field.
 */
export function readSnapshotDocs(dir = SNAPSHOT_DIR): Docs {
  const docs = {} as Record<CollectionName, unknown[]>
  for (const name of COLLECTIONS) {
    docs[name] = readCollection(name, dir).map((doc) => {
      const parsed = schemas[name].safeParse(doc)
      if (parsed.success) return parsed.data
      const key = String(name === 'media' ? doc.filename : doc.slug)
      const fields = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')
      throw new Error(`${name} → ${key}: ${fields}`)
    })
  }
  return docs as Docs
}
