/**
 * npm run worker: the single runner of the CMS's jobs (started by `npm start` next to the CMS).
 * Keeps one Payload instance open and runs the `site` queue (site updates, one at a time) and the
 * default queue (scheduled publishing) every second.
 *
 *   --initial   build the site now if there is no live site or the site's code changed, then exit
 */
import { parseArgs } from 'node:util'
import { openCms, runCommand } from './lib/cms'
import { updateSite } from './lib/publish'
import { liveSiteIsCurrent, recordLiveSiteCode } from './lib/publish/siteCode'
import { startWorker } from './lib/publish/worker'

const { values } = parseArgs({ options: { initial: { type: 'boolean', default: false } } })

if (values.initial) {
  await runCommand(async () => {
    if (liveSiteIsCurrent()) {
      console.log('✓ Site: up to date')
      return
    }
    const payload = await openCms()
    await updateSite(payload)
    recordLiveSiteCode()
  })
} else {
  const payload = await openCms()
  const stop = startWorker(payload, { intervalMs: Number(process.env.WORKER_INTERVAL_MS || 1000) })
  console.log('[worker] running site updates and scheduled publishing')
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      void stop().then(() => process.exit(0))
    })
  }
}
