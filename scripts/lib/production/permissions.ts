import fs from 'node:fs'
import path from 'node:path'
import { mailDir } from '../../../cms/src/auth/mailToFiles'
import { mediaDir } from '../../../cms/src/collections/Media'
import { chooseDatabase } from '../../../cms/src/lib/database'
import { DATA_DIR } from '../../../cms/src/lib/paths'

/**
 * data/ holds the database (password hashes, unpublished drafts), the session secret, uploaded
 * originals and reset mails: only the account that runs the CMS may read it. Applied on every
 * start and after every seed, so a folder made earlier with the default umask is tightened too.
 */
export type DataPaths = { dataDir: string; databaseFile: string | null; secretFile: string; mediaDir: string; mailDir: string }

export function secureDataFiles(paths: DataPaths): Array<{ path: string; mode: number }> {
  const changed: Array<{ path: string; mode: number }> = []
  const set = (target: string, mode: number) => {
    if (!fs.existsSync(target)) return
    fs.chmodSync(target, mode)
    changed.push({ path: target, mode })
  }
  set(paths.dataDir, 0o700)
  for (const dir of [paths.mediaDir, paths.mailDir]) set(dir, 0o700)
  if (paths.databaseFile) {
    // SQLite gives its -wal/-shm/-journal files the mode of the database file; set them anyway.
    for (const suffix of ['', '-wal', '-shm', '-journal']) set(`${paths.databaseFile}${suffix}`, 0o600)
  }
  set(paths.secretFile, 0o600)
  if (fs.existsSync(paths.mailDir)) for (const mail of fs.readdirSync(paths.mailDir)) set(path.join(paths.mailDir, mail), 0o600)
  return changed
}

/** The paths of data/ as this process's environment places them (DATABASE_URL, MEDIA_DIR, MAIL_DIR). */
export function dataPaths(env: NodeJS.ProcessEnv = process.env, dataDir = DATA_DIR): DataPaths {
  const database = chooseDatabase(env.DATABASE_URL)
  return {
    dataDir,
    databaseFile: database.kind === 'sqlite' ? database.file : null,
    secretFile: path.join(dataDir, 'payload-secret'),
    mediaDir: path.resolve(env.MEDIA_DIR || mediaDir()),
    mailDir: mailDir(env),
  }
}
