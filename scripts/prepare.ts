/**
 * Brings the CMS database up to date (migrations run as Payload starts), seeds it if empty, creates
 * the demo accounts with --demo only, exports. `--report FILE` keeps what it found for the banner.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { CONTENT_DIR, snapshotDir } from '../cms/src/lib/paths'
import { openCms, runCommand } from './lib/cms'
import { dataPaths, secureDataFiles } from './lib/production/permissions'
import { prepareDatabase } from './lib/production/prepare'

const { values } = parseArgs({ options: { demo: { type: 'boolean', default: false }, report: { type: 'string' } } })

await runCommand(async () => {
  const payload = await openCms()
  const report = await prepareDatabase(payload, { demo: Boolean(values.demo), contentDir: CONTENT_DIR, snapshotDir: snapshotDir() })
  secureDataFiles(dataPaths())
  console.log(report.seededDocuments === null ? 'database has content: not seeding' : `seeded ${report.seededDocuments} documents from content/`)
  if (values.demo) console.log(`demo accounts: ${report.demoAccountsCreated} created (password published in the README: local trial only)`)
  console.log(`exported ${Object.entries(report.exported).map(([c, n]) => `${n} ${c}`).join(', ')}`)
  if (values.report) {
    fs.mkdirSync(path.dirname(values.report), { recursive: true })
    fs.writeFileSync(values.report, JSON.stringify(report))
  }
})
