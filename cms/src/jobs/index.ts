import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { JobsConfig } from 'payload'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** The queue of site updates: one worker (scripts/worker.ts) runs it, one update at a time. */
export const SITE_QUEUE = 'site'
export const UPDATE_SITE_TASK = 'updateSite'

/**
 * Payload's jobs queue. The CMS server only queues (publishing hooks, scheduled publishing); the
 * worker process runs. The handler is a file path, not an import, so the export/build code never
 * reaches the admin's bundle.
 */
export const jobs: JobsConfig = {
  tasks: [
    {
      slug: UPDATE_SITE_TASK,
      label: 'Update the public site',
      handler: `${path.resolve(dirname, '../../../scripts/lib/publish/task.ts')}#updateSiteTask`,
      // A failed update is not retried on its own: the next change queues a new one (and retries).
      retries: 0,
    },
  ],
}
