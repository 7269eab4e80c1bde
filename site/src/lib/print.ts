import fs from 'node:fs'
import path from 'node:path'
import { SNAPSHOT_DIR } from './snapshot'

/**
 * The print PDF of an issue, when the print export has made one: it is looked for in the
 * snapshot's print/ folder and copied to dist/print by the snapshotMedia integration.
 */
export const PRINT_URL_DIR = 'print'
export const printDir = () => path.join(SNAPSHOT_DIR, 'print')

export function printedIssue(slug: string): { url: string; size: string } | undefined {
  const file = path.join(printDir(), `${slug}.pdf`)
  if (!fs.existsSync(file)) return undefined
  const bytes = fs.statSync(file).size
  return { url: `/${PRINT_URL_DIR}/${slug}.pdf`, size: `${(bytes / 1024 / 1024).toFixed(1)} MB` }
}
