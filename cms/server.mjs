// The production CMS server (`npm run start -w cms`): Next's own request handler behind a plain
// Node HTTP server, so that the client's address reaches the login rate limits unforgeable
// (`next start` keeps an `x-forwarded-for` the client sent). Build first with `next build`.
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import next from 'next'
import { listenOptions, resolveClientAddress, trustProxy } from './server-options.mjs'

const { hostname, port } = listenOptions(process.argv.slice(2))
const trusted = trustProxy()
const app = next({ dev: false, dir: path.dirname(fileURLToPath(import.meta.url)), hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

http
  .createServer((req, res) => {
    req.headers['x-forwarded-for'] = resolveClientAddress(req.headers['x-forwarded-for'], req.socket.remoteAddress, trusted)
    handle(req, res)
  })
  .listen(port, hostname, () => console.log(`CMS listening on http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${port}`))
