/** npm run export: writes every published document, zh and en, to the snapshot the site builds from. */
import { exportSnapshot } from '../cms/src/content/export'
import { snapshotDir } from '../cms/src/lib/paths'
import { openCms, runCommand } from './lib/cms'

await runCommand(async () => {
  const payload = await openCms({ readOnly: true })
  const counts = await exportSnapshot(payload, snapshotDir())
  console.log(`exported to ${snapshotDir()}: ${Object.entries(counts).map(([c, n]) => `${n} ${c}`).join(', ')}`)
})
