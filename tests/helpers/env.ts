import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll } from 'vitest'
import { tempDirs } from './temp'

// Runs before each test file's own imports: the CMS config reads these when it loads.
// A temporary file, not :memory:: libsql opens a new connection after a transaction, and a new
// connection to :memory: is a new, empty database.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hzlib-test-'))
tempDirs.push(dir)
process.env.DATABASE_URL ||= `file:${path.join(dir, 'cms.db')}`
process.env.PAYLOAD_SECRET ||= 'test-secret'
process.env.MEDIA_DIR ||= path.join(dir, 'media')

afterAll(() => {
  for (const d of tempDirs.splice(0)) fs.rmSync(d, { recursive: true, force: true })
})
