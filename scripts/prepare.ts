/**
 * Brings the CMS database up to date (migrations run as Payload starts) and seeds it if empty. The
 * export is the site update's first step (scripts/worker.ts --initial), which holds back what it refuses.
 */
import { seedContent } from '../cms/src/content/seed'
import { seedDemoUsers } from '../cms/src/content/users'
import { refreshMediaVisibility } from '../cms/src/media/visibility'
import { CONTENT_DIR } from '../cms/src/lib/paths'
import { openCms, runCommand } from './lib/cms'

await runCommand(async () => {
  const payload = await openCms()
  const { totalDocs } = await payload.count({ collection: 'journals', overrideAccess: true })
  if (totalDocs === 0) {
    const report = await seedContent(payload, CONTENT_DIR)
    const created = Object.values(report.created).reduce((a, b) => a + b, 0)
    console.log(`seeded ${created} documents from content/`)
  } else {
    console.log(`database has content (${totalDocs} journals): not seeding`)
    // A database from before media visibility (cms/src/media/) gets its image flags worked out.
    await refreshMediaVisibility(payload)
  }
  await seedDemoUsers(payload)
})
