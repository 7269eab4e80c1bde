import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

/**
 * How much one API request may read. Payload caps relation depth itself (`maxDepth` in the
 * config) but has no cap on the page size: `?limit=100000` or `?pagination=false` would hand
 * out a whole collection, populated, in one response. These caps apply to REST and GraphQL
 * requests; the Local API (seed, export, the admin's server components) is trusted code.
 */
export const API_BOUNDS = {
  /** Relations populated when a request does not ask (Payload's default is 2). */
  defaultDepth: 1,
  /** Deepest population any request gets, whatever it asks for. */
  maxDepth: 2,
  /** Largest page for anonymous visitors. */
  anonymousLimit: 100,
  /** Largest page for signed-in staff (the admin's list view offers up to 100 rows). */
  staffLimit: 200,
} as const

const READS = new Set(['read', 'readDistinct', 'findVersions'])

/** Clamps the page of every REST/GraphQL read: no unpaginated reads, no page above the cap. */
export const boundReads: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!READS.has(operation) || req.payloadAPI === 'local') return args
  const page = args as { limit?: number | string; pagination?: boolean }
  const cap = req.user ? API_BOUNDS.staffLimit : API_BOUNDS.anonymousLimit
  const asked = Number(page.limit)
  // No limit, limit 0 or pagination=false would all mean "everything": they get the cap.
  const unbounded = page.pagination === false || String(page.limit) === '0'
  const limit = unbounded ? cap : Number.isFinite(asked) && asked > 0 ? Math.min(Math.floor(asked), cap) : page.limit
  return { ...args, pagination: true, limit } as typeof args
}

export const withBoundedReads = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeOperation: [boundReads, ...(collection.hooks?.beforeOperation ?? [])] },
})
