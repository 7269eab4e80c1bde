/**
 * The CMS's real REST API (/api/…: Payload's own handlers, the ones the Next route mounts) served
 * by a plain Node HTTP server, without building the Next admin. Used by the load bench and the
 * crash test; `tsx scripts/serve-api.ts` runs it as its own process.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import { handleEndpoints, type Payload } from 'payload'
import { openCms } from '../cms'

/** The Web Request Payload's handlers take, from Node's request. */
function toWebRequest(req: http.IncomingMessage, origin: string): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v))
    else if (value !== undefined) headers.set(name, value)
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  return new Request(new URL(req.url ?? '/', origin), {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
    // @ts-expect-error Node's fetch needs duplex for a streamed body; the DOM types lack it
    duplex: hasBody ? 'half' : undefined,
  })
}

async function sendWebResponse(response: Response, res: http.ServerResponse) {
  const headers: Record<string, string | string[]> = {}
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) headers['set-cookie'] = cookies
  res.writeHead(response.status, headers)
  res.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined)
}

export type RestApi = { payload: Payload; server: http.Server; url: string; close: () => Promise<void> }

/** Opens the CMS (migrations in production, as on start) and serves its REST API on host:port (0: any free port). */
export async function serveRestApi(options: { port?: number; host?: string } = {}): Promise<RestApi> {
  const payload = await openCms()
  const host = options.host ?? '127.0.0.1'
  const server = http.createServer()
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve))
  const url = `http://${host}:${(server.address() as AddressInfo).port}`
  server.on('request', async (req, res) => {
    try {
      const response = await handleEndpoints({ config: payload.config, request: toWebRequest(req, url) })
      await sendWebResponse(response, res)
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }))
    }
  })
  return { payload, server, url, close: () => new Promise((resolve) => server.close(() => resolve())) }
}
