/** npm run seed: loads content/ into the CMS database (idempotent) and creates the demo accounts. */
import { seedContent } from '../cms/src/content/seed'
import { seedDemoUsers } from '../cms/src/content/users'
import { CONTENT_DIR } from '../cms/src/lib/paths'
import { openCms, runCommand } from './lib/cms'
import { dataPaths, secureDataFiles } from './lib/production/permissions'

await runCommand(async () => {
  const payload = await openCms()
  const report = await seedContent(payload, CONTENT_DIR)
  for (const collection of Object.keys(report.created)) {
    console.log(`${collection.padEnd(13)} ${String(report.created[collection]).padStart(3)} created, ${report.existing[collection]} already there`)
  }
  if (process.env.NODE_ENV !== 'production' || process.env.SEED_DEMO_USERS === '1') {
    console.log(`users         ${String(await seedDemoUsers(payload)).padStart(3)} demo accounts created`)
  }
  secureDataFiles(dataPaths())
})
