import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, type DatabaseAdapterObj } from 'payload'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import sharp from 'sharp'
import { uniformLoginFailure } from './auth/loginGuard'
import { mailToFiles } from './auth/mailToFiles'
import { collections } from './collections'
import { richTextEditor } from './fields/richText'
import { chooseDatabase, resolveSecret } from './lib/database'
import { BUSY_TIMEOUT_MS, hardenSqlite } from './database/sqlite'
import { migrations } from './migrations'
import { SiteStatus } from './publishing/siteStatus'
import { jobs } from './jobs'
import { API_BOUNDS } from './api/bounds'
import { graphqlDepthLimit } from './api/graphqlDepth'
import { adminTimezones } from './lib/time'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * Schema changes reach the database through committed migrations, applied on start in production.
 * Development and tests push the schema directly (fast, disposable databases).
 * DATABASE_READ_ONLY=1 (set by the export and the other read-only tools through openCms) neither
 * pushes nor migrates, and the SQLite connection refuses writes.
 */
export function databaseAdapter(databaseUrl = process.env.DATABASE_URL, env: NodeJS.ProcessEnv = process.env): DatabaseAdapterObj {
  const choice = chooseDatabase(databaseUrl)
  const readOnly = env.DATABASE_READ_ONLY === '1'
  const push = env.NODE_ENV !== 'production' && !readOnly
  if (choice.kind === 'mongodb') {
    // Not integration-tested here: no MongoDB server can run on our machines (see README).
    return mongooseAdapter({ url: choice.url })
  }
  const adapter = sqliteAdapter({
    client: { url: choice.url },
    // WAL: readers (the export, backups) never wait for editors' saves, nor editors for them.
    // Read-only tools leave the journal mode as they find it (setting it writes the file).
    wal: readOnly ? false : { synchronous: 'FULL' },
    busyTimeout: BUSY_TIMEOUT_MS,
    // Transactions are off by default in the SQLite adapter; seeding relies on them (all or nothing).
    transactionOptions: readOnly ? false : {},
    push,
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: push || readOnly ? undefined : migrations,
  })
  // A file database that Payload does not push to must not carry a development push mark.
  return hardenSqlite(adapter, { url: choice.url, file: choice.file, checkDevMark: !push && choice.file !== null, readOnly })
}

export default buildConfig({
  secret: resolveSecret(),
  serverURL: process.env.CMS_URL || undefined,
  admin: {
    user: 'users',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · 杭州图书馆出版系统' },
    avatar: 'default', // no Gravatar: the admin must work offline
    components: { afterDashboard: ['/components/SiteStatusPanel#SiteStatusPanel'] },
    timezones: adminTimezones, // Shanghai time for every editor (lib/time.ts)
  },
  collections,
  globals: [SiteStatus],
  jobs,
  editor: richTextEditor,
  db: databaseAdapter(),
  sharp,
  localization: {
    locales: [
      { code: 'zh', label: '中文' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'zh',
    // Editors and the API see Chinese where English is missing; the export asks for no fallback.
    fallback: true,
  },
  i18n: { supportedLanguages: { zh, en }, fallbackLanguage: 'zh' },
  // PAYLOAD_TYPES_OUT lets the drift test generate the types elsewhere and compare.
  typescript: { outputFile: process.env.PAYLOAD_TYPES_OUT || path.resolve(dirname, 'payload-types.ts') },
  // Bounded reads (see api/bounds.ts): relation depth here, page size in each collection's hook.
  defaultDepth: API_BOUNDS.defaultDepth,
  maxDepth: API_BOUNDS.maxDepth,
  graphQL: { disable: false, validationRules: () => [graphqlDepthLimit] },
  // Password-reset mail goes to data/mail/ (no mail server here); a locked account answers like a wrong password.
  email: mailToFiles(),
  hooks: { afterError: [uniformLoginFailure] },
  telemetry: false,
})
