import type { Payload } from 'payload'

/**
 * Local demo accounts, one per role, printed by `npm start`. `npm run seed` leaves them out when
 * NODE_ENV is production (unless SEED_DEMO_USERS=1): a real deployment creates its own users.
 */
export const DEMO_PASSWORD = 'hzlib-demo-2013'
export const DEMO_USERS = [
  { email: 'admin@hzlib.local', name: '系统管理员 Admin', roles: ['admin'] },
  { email: 'journal.editor@hzlib.local', name: '期刊编辑 Journal editor', roles: ['journal-editor'], journals: ['urban-library-research'] },
  { email: 'branch.editor@hzlib.local', name: '分馆编辑 Branch editor', roles: ['branch-editor'], branches: ['chess', 'buddhist-culture'] },
  { email: 'festival.editor@hzlib.local', name: '学习节编辑 Festival editor', roles: ['festival-editor'] },
]

export async function seedDemoUsers(payload: Payload): Promise<number> {
  let created = 0
  for (const user of DEMO_USERS) {
    const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: user.email } } })
    if (totalDocs) continue
    const idsOf = async (collection: 'journals' | 'branches', slugs: string[] = []) =>
      slugs.length
        ? (await payload.find({ collection, where: { slug: { in: slugs } }, depth: 0, draft: true, pagination: false })).docs.map((d) => d.id)
        : []
    await payload.create({
      collection: 'users',
      data: {
        email: user.email,
        password: DEMO_PASSWORD,
        name: user.name,
        roles: user.roles as never,
        journals: await idsOf('journals', user.journals),
        branches: await idsOf('branches', user.branches),
      },
      overrideAccess: true,
    })
    created++
  }
  return created
}
