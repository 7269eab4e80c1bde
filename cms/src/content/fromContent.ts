import path from 'node:path'
import { ContentErrors } from './errors'
import { checkIssues, checkParallelText } from './export'
import { checkLinks } from './linkCheck'
import { loadContent, publishedOnly } from './load'
import { writeSnapshot } from './snapshot'

/** The snapshot the CMS export would give for content/, built without a CMS. */
export function snapshotFromContent(contentDir: string, outDir: string) {
  const set = publishedOnly(loadContent(contentDir))
  const errors = [...checkIssues(set), ...checkParallelText(set), ...checkLinks(set)]
  if (errors.length) throw new ContentErrors(errors)
  return writeSnapshot(outDir, set, (filename) => path.join(contentDir, 'media', filename), 'content')
}
