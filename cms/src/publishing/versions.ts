import type { CollectionConfig } from 'payload'

/** Collections whose publication editors may schedule (Payload queues a job; the worker runs it). */
export const SCHEDULED_COLLECTIONS = new Set(['issues', 'articles', 'events', 'pages'])

/** Drafts saved as the editor types (every 2 s), and a publish date for the scheduled collections. */
export const editorialDrafts = (slug: string): NonNullable<Exclude<CollectionConfig['versions'], boolean>>['drafts'] => ({
  autosave: { interval: 2000 },
  schedulePublish: SCHEDULED_COLLECTIONS.has(slug),
})
