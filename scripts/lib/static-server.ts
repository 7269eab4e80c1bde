import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { headersFor, readHeaderRules, type HeaderRule } from './netlify-headers'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
}

/** Resolves a URL path inside root: a file, or a folder's index.html; never outside root. */
function resolveFile(root: string, urlPath: string): string | null {
  const clean = decodeURIComponent(urlPath.split('?')[0])
  const target = path.resolve(root, `.${clean}`)
  if (target !== root && !target.startsWith(root + path.sep)) return null
  const candidates = [target, path.join(target, 'index.html'), `${target}.html`]
  return candidates.find((file) => fs.existsSync(file) && fs.statSync(file).isFile()) ?? null
}

/**
 * A small static file server for the built site: the same files Netlify would serve, with the
 * response headers netlify.toml gives them (security headers, caching), so local runs and the
 * browser tests meet the real Content-Security-Policy.
 */
export function serveStatic(root: string, port: number, host = '127.0.0.1', headerRules: HeaderRule[] = readHeaderRules()): Promise<http.Server> {
  const base = path.resolve(root)
  const server = http.createServer((req, res) => {
    for (const [name, value] of Object.entries(headersFor(headerRules, req.url ?? '/'))) res.setHeader(name, value)
    const file = resolveFile(base, req.url ?? '/')
    const notFound = path.join(base, '404.html')
    if (!file) {
      res.writeHead(404, { 'content-type': TYPES['.html'] })
      res.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'Not found')
      return
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': fs.statSync(file).size,
    })
    fs.createReadStream(file).pipe(res)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(server))
  })
}
