/**
 * Payload reads a JSON request body whole, with no size limit, before any access check or
 * validation: one anonymous POST of a few hundred megabytes would sit in memory. The API routes
 * refuse bodies above these sizes with 413 before Payload sees them.
 */
export const MAX_BODY_BYTES = {
  /** A document: rich text of up to 1 MB per locale (validation/checks.ts) plus everything else. */
  json: 4 * 1024 * 1024,
  /** An image upload (multipart). */
  multipart: 40 * 1024 * 1024,
}

const tooLarge = (max: number) =>
  Response.json({ errors: [{ message: `Request body too large: at most ${Math.round(max / 1024 / 1024)} MB` }] }, { status: 413 })

/** The body, read up to `max` bytes; undefined if it is longer. */
async function readCapped(body: ReadableStream<Uint8Array>, max: number): Promise<Buffer | undefined> {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > max) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

type Handler<A extends unknown[]> = (request: Request, ...rest: A) => Promise<Response> | Response

/** Wraps a route handler: bodies past the limit get 413, the rest are passed on unchanged. */
export function limitBody<A extends unknown[]>(handler: Handler<A>): Handler<A> {
  return async (request, ...rest) => {
    if (!request.body) return handler(request, ...rest)
    const max = (request.headers.get('content-type') ?? '').includes('multipart/') ? MAX_BODY_BYTES.multipart : MAX_BODY_BYTES.json
    if (Number(request.headers.get('content-length') ?? 0) > max) return tooLarge(max)
    const body = await readCapped(request.body, max)
    if (!body) return tooLarge(max)
    // Copied field by field: in the built Next server `new Request(request, …)` throws on Next's own
    // request object ("Cannot read private member #state"), which made every API POST a 500.
    const copy = new Request(request.url, { method: request.method, headers: request.headers, body: new Uint8Array(body), signal: request.signal })
    return handler(copy, ...rest)
  }
}
