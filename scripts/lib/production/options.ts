import { parseArgs } from 'node:util'

export type StartOptions = { demo: boolean; host: string; cmsPort: number; sitePort: number }

/**
 * `npm start [-- --demo]`. Safe by default: no demo accounts (their password is published in the
 * README) unless --demo asks for them, and both servers listen on the loopback interface only
 * unless HOST says otherwise (for example HOST=0.0.0.0 behind a firewall or a reverse proxy).
 */
export function parseStartOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): StartOptions {
  const { values } = parseArgs({ args: argv, options: { demo: { type: 'boolean', default: false } }, allowPositionals: false })
  return {
    demo: Boolean(values.demo),
    host: env.HOST?.trim() || '127.0.0.1',
    cmsPort: Number(env.CMS_PORT || 3000),
    sitePort: Number(env.SITE_PORT || 4321),
  }
}

/** The command that serves the built admin (cms/server.mjs, `npm run start -w cms`). */
export function cmsStartCommand(options: StartOptions): { command: string; args: string[] } {
  return { command: 'npm', args: ['run', 'start', '--workspace', 'cms', '--', '--port', String(options.cmsPort), '--hostname', options.host] }
}

/** How a URL names the host a server listens on (a wildcard address is reached as localhost). */
export const urlHost = (host: string) => (['0.0.0.0', '::', '127.0.0.1', '::1'].includes(host) ? 'localhost' : host.includes(':') ? `[${host}]` : host)
