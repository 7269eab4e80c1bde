import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { chooseDatabase, DEFAULT_DATABASE_URL, resolveSecret } from '../../cms/src/lib/database'
import { databaseAdapter } from '../../cms/src/payload.config'
import { REPO } from '../helpers/cms'

describe('DATABASE_URL', () => {
  it('defaults to an embedded SQLite file under data/', () => {
    expect(chooseDatabase(undefined)).toEqual({ kind: 'sqlite', url: DEFAULT_DATABASE_URL, file: path.join(REPO, 'data', 'cms.db') })
    expect(chooseDatabase('  ')).toMatchObject({ kind: 'sqlite', url: DEFAULT_DATABASE_URL })
  })

  it('takes file: URLs and :memory:', () => {
    expect(chooseDatabase('file:/tmp/x.db')).toEqual({ kind: 'sqlite', url: 'file:/tmp/x.db', file: '/tmp/x.db' })
    expect(chooseDatabase('file::memory:')).toEqual({ kind: 'sqlite', url: 'file::memory:', file: null })
  })

  it('selects MongoDB for mongodb:// and mongodb+srv:// (configuration only: no server here)', () => {
    expect(chooseDatabase('mongodb://db.example:27017/hzlib')).toEqual({ kind: 'mongodb', url: 'mongodb://db.example:27017/hzlib' })
    expect(chooseDatabase('mongodb+srv://cluster.example/hzlib').kind).toBe('mongodb')
    expect(databaseAdapter('mongodb://db.example:27017/hzlib').name).toBe('mongoose')
    expect(databaseAdapter('file:/tmp/x.db').name).toBe('sqlite')
  })

  it('refuses an unknown scheme, naming it', () => {
    expect(() => chooseDatabase('postgres://localhost/hzlib')).toThrow('DATABASE_URL has an unknown scheme "postgres:"')
    expect(() => chooseDatabase('file:')).toThrow('names no file')
  })
})

describe('PAYLOAD_SECRET', () => {
  it('is required in production and has a local default elsewhere', () => {
    expect(() => resolveSecret({ NODE_ENV: 'production' })).toThrow('PAYLOAD_SECRET is not set')
    expect(resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 's3cret' })).toBe('s3cret')
    expect(resolveSecret({ NODE_ENV: 'development' })).toMatch(/local-development/)
  })
})

describe('commands refuse bad configuration with a clear message and a non-zero exit', () => {
  const runExport = (env: Record<string, string>) =>
    spawnSync(path.join(REPO, 'node_modules/.bin/tsx'), ['scripts/export.ts'], {
      cwd: REPO,
      env: { ...process.env, SNAPSHOT_DIR: '/nonexistent/never-written', ...env },
      encoding: 'utf8',
    })

  it('an unknown DATABASE_URL scheme', () => {
    const result = runExport({ DATABASE_URL: 'mysql://localhost/hzlib' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('DATABASE_URL has an unknown scheme "mysql:"')
  })

  it('a missing PAYLOAD_SECRET in production', () => {
    const result = runExport({ NODE_ENV: 'production', PAYLOAD_SECRET: '' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('PAYLOAD_SECRET is not set')
  })
})
