import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
export const DATA_DIR = path.join(REPO_ROOT, 'data')
export const CONTENT_DIR = path.resolve(process.env.CONTENT_DIR || path.join(REPO_ROOT, 'content'))
export const snapshotDir = () => path.resolve(process.env.SNAPSHOT_DIR || path.join(REPO_ROOT, '.build', 'snapshot'))
