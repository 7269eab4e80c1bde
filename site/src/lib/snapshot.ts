import fs from 'node:fs'
import path from 'node:path'

/** Where the content snapshot lives: SNAPSHOT_DIR (astro.config.ts defaults it to the repository's .build/snapshot). */
export const SNAPSHOT_DIR = path.resolve(process.env.SNAPSHOT_DIR || '../.build/snapshot')

export const snapshotMediaPath = (filename: string) => path.join(SNAPSHOT_DIR, 'media', filename)

/** The documents of one collection, as the export wrote them. A missing snapshot is an error that says what to run. */
export function readCollection(collection: string, dir = SNAPSHOT_DIR): Array<Record<string, unknown>> {
  const file = path.join(dir, `${collection}.json`)
  if (!fs.existsSync(file)) {
    throw new Error(
      `No content snapshot at ${file}. Run \`npm run export\` (from the CMS) or \`npm run snapshot:content\` (from content/) first, or set SNAPSHOT_DIR.`,
    )
  }
  return JSON.parse(fs.readFileSync(file, 'utf8'))
}
