import { DEMO_PASSWORD, DEMO_USERS } from '../../../cms/src/content/users'
import type { StartOptions } from './options'
import { urlHost } from './options'
import type { PrepareReport } from './prepare'

const RULE = '─'.repeat(60)

/** What `npm start` prints once both servers listen: where they are and how to sign in. */
export function startBanner(options: StartOptions, report: Pick<PrepareReport, 'users' | 'demoAccounts'>): string {
  const host = urlHost(options.host)
  const admin = `http://${host}:${options.cmsPort}/admin`
  const lines = [RULE, `  Site (static build):  http://${host}:${options.sitePort}/`, `  CMS admin:            ${admin}`]
  if (report.demoAccounts.length) {
    lines.push(
      `  ⚠ DEMO LOGINS, password "${DEMO_PASSWORD}" (published in the README):`,
      ...DEMO_USERS.filter((u) => report.demoAccounts.includes(u.email)).map((u) => `    ${u.email.padEnd(30)} ${u.roles.join(', ')}`),
      options.demo
        ? '    For a trial on this machine only: delete them (admin → Users) before real use.'
        : '    Left from an earlier `npm start -- --demo`: delete them (admin → Users) before real use.',
    )
  } else if (report.users === 0) {
    lines.push(`  No user yet: open ${admin} to create the first administrator,`, '  or run `npm start -- --demo` for local demo logins.')
  } else {
    lines.push(`  Sign in at ${admin} with your account.`)
  }
  lines.push(
    ['127.0.0.1', '::1', 'localhost'].includes(options.host)
      ? '  Listening on this machine only (HOST=0.0.0.0 to serve others).'
      : `  Listening on ${options.host}: reachable from other machines.`,
    '  Stop with Ctrl+C.',
    RULE,
  )
  return lines.join('\n')
}
