/**
 * The address a request came from, for per-address rate limits.
 *
 * Route handlers see no socket, so the CMS server (cms/server.mjs) writes the client address into
 * `x-forwarded-for` before Next handles the request, replacing whatever the client sent: the
 * socket address, or with TRUST_PROXY set (the CMS runs behind our own reverse proxy) the entry
 * that proxy appended. Here we only read that single, already trusted value.
 */
export function clientAddress(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown'
}
