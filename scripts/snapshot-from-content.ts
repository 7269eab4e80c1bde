/**
 * npm run snapshot:content: a snapshot straight from content/, without the CMS (published documents
 * only, same checks as the export). For working on the site and for tests.
 */
import { snapshotFromContent } from '../cms/src/content/fromContent'
import { CONTENT_DIR, snapshotDir } from '../cms/src/lib/paths'
import { runCommand } from './lib/cms'

await runCommand(async () => {
  const counts = snapshotFromContent(CONTENT_DIR, snapshotDir())
  console.log(`snapshot from content/ in ${snapshotDir()}: ${Object.entries(counts).map(([c, n]) => `${n} ${c}`).join(', ')}`)
})
