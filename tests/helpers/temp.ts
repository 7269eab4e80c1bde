import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** Folders this test file made; tests/helpers/env.ts removes them after the file's tests. */
export const tempDirs: string[] = []

export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `hzlib-${prefix}-`))
  tempDirs.push(dir)
  return dir
}
