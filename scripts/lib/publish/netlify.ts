import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'smol-toml'
import { NETLIFY_TOML, readHeaderRules } from '../netlify-headers'

/**
 * Tells Netlify a new site is live: one POST to the build hook (NETLIFY_BUILD_HOOK) per successful
 * update. Netlify's own build then runs from the repository's content/ (README: "Netlify"); a hook
 * that fails is reported, it does not undo the local update.
 */
export async function notifyNetlify(hook = process.env.NETLIFY_BUILD_HOOK): Promise<string | undefined> {
  if (!hook) return undefined
  const response = await fetch(hook, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' }, signal: AbortSignal.timeout(15_000) })
  if (!response.ok) throw new Error(`Netlify build hook answered ${response.status}`)
  return hook
}

/**
 * netlify.toml's headers and redirects as `_headers` / `_redirects` files: a deploy of a folder
 * through the API carries no netlify.toml, and the security headers and language redirect must
 * not be lost on the way.
 */
export function netlifyConfigFiles(file = NETLIFY_TOML): Record<string, Buffer> {
  const headers = readHeaderRules(file)
    .map((rule) => [rule.for, ...Object.entries(rule.values).map(([name, value]) => `  ${name}: ${value}`)].join('\n'))
    .join('\n')
  const config = parse(fs.readFileSync(file, 'utf8')) as { redirects?: Array<{ from: string; to: string; status?: number; force?: boolean; conditions?: { Language?: string[] } }> }
  const redirects = (config.redirects ?? [])
    .map((r) => [r.from, r.to, `${r.status ?? 301}${r.force ? '!' : ''}`, ...(r.conditions?.Language?.length ? [`Language=${r.conditions.Language.join(',')}`] : [])].join('  '))
    .join('\n')
  return { '/_headers': Buffer.from(`${headers}\n`), '/_redirects': Buffer.from(`${redirects}\n`) }
}

function filesOf(root: string) {
  const files: Record<string, string> = {}
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(file)
      else if (entry.isFile()) files[`/${path.relative(root, file).split(path.sep).join('/')}`] = createHash('sha1').update(fs.readFileSync(file)).digest('hex')
    }
  }
  walk(root)
  return files
}

/**
 * Deploys the folder the worker built to Netlify through its HTTP API (what `netlify deploy --dir
 * --prod` does): the list of files with their SHA-1, then only the files Netlify does not have yet.
 * Runs when NETLIFY_AUTH_TOKEN and NETLIFY_SITE_ID are set; NETLIFY_API_URL points elsewhere (tests).
 */
export async function deployToNetlify(dir: string, env = process.env): Promise<{ id: string; uploaded: number } | undefined> {
  const token = env.NETLIFY_AUTH_TOKEN
  const site = env.NETLIFY_SITE_ID
  if (!token || !site) return undefined
  const api = (env.NETLIFY_API_URL || 'https://api.netlify.com').replace(/\/$/, '')
  const extra = netlifyConfigFiles()
  const files = { ...filesOf(dir), ...Object.fromEntries(Object.entries(extra).map(([file, body]) => [file, createHash('sha1').update(body).digest('hex')])) }
  const auth = { authorization: `Bearer ${token}` }
  const created = await fetch(`${api}/api/v1/sites/${encodeURIComponent(site)}/deploys`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ files }),
    signal: AbortSignal.timeout(60_000),
  })
  if (!created.ok) throw new Error(`Netlify deploy: creating the deploy answered ${created.status}`)
  const deploy = (await created.json()) as { id: string; required?: string[] }
  const required = new Set(deploy.required ?? [])
  let uploaded = 0
  for (const [file, sha] of Object.entries(files)) {
    if (!required.has(sha)) continue
    required.delete(sha) // one upload per content; Netlify matches the others by digest
    const put = await fetch(`${api}/api/v1/deploys/${deploy.id}/files${file.split('/').map(encodeURIComponent).join('/')}`, {
      method: 'PUT',
      headers: { ...auth, 'content-type': 'application/octet-stream' },
      body: new Uint8Array(extra[file] ?? fs.readFileSync(path.join(dir, file))),
      signal: AbortSignal.timeout(60_000),
    })
    if (!put.ok) throw new Error(`Netlify deploy: uploading ${file} answered ${put.status}`)
    uploaded++
  }
  return { id: deploy.id, uploaded }
}
