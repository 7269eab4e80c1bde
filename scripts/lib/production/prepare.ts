import type { Payload } from 'payload'
import { exportSnapshot } from '../../../cms/src/content/export'
import { seedContent } from '../../../cms/src/content/seed'
import { DEMO_USERS, seedDemoUsers } from '../../../cms/src/content/users'
import { refreshMediaVisibility } from '../../../cms/src/media/visibility'

export type PrepareReport = {
  seededDocuments: number | null // null: the database had content, nothing seeded
  demoAccountsCreated: number
  /** Demo accounts present after preparing (from --demo now or from an earlier run). */
  demoAccounts: string[]
  users: number
  exported: Record<string, number>
}

/**
 * What `npm start` does with the database before serving: seed content/ if it is empty, create the
 * demo accounts only when asked (`--demo`), export the snapshot. Reports what it found, so the
 * start banner can say how to sign in (demo logins, or the create-first-user screen).
 */
export async function prepareDatabase(payload: Payload, options: { demo: boolean; contentDir: string; snapshotDir: string }): Promise<PrepareReport> {
  const { totalDocs: journals } = await payload.count({ collection: 'journals', overrideAccess: true })
  let seededDocuments: number | null = null
  if (journals === 0) {
    const report = await seedContent(payload, options.contentDir)
    seededDocuments = Object.values(report.created).reduce((a, b) => a + b, 0)
  } else {
    // A database from before media visibility (cms/src/media/) gets its image flags worked out.
    await refreshMediaVisibility(payload)
  }
  const demoAccountsCreated = options.demo ? await seedDemoUsers(payload) : 0
  const { docs } = await payload.find({ collection: 'users', where: { email: { in: DEMO_USERS.map((u) => u.email) } }, pagination: false, depth: 0, overrideAccess: true })
  const { totalDocs: users } = await payload.count({ collection: 'users', overrideAccess: true })
  const exported = await exportSnapshot(payload, options.snapshotDir)
  return { seededDocuments, demoAccountsCreated, demoAccounts: docs.map((d) => d.email as string), users, exported }
}
