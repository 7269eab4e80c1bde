// Response headers of the CMS (admin and API): next.config.mjs sends securityHeaders() on every
// response, src/proxy.ts the admin's Content-Security-Policy with a fresh nonce per page. Plain
// JavaScript: Next loads its config without a TypeScript step. Tested in
// tests/cms/production-start.test.ts; checked in Chromium against the built admin (see README).

/**
 * The admin's policy, the tightest the Payload admin works under (sign in, list, edit, upload;
 * no violation in Chromium). Scripts: only those carrying this response's nonce (Next adds it to
 * its own tags when it finds it in the request's policy) and what they load ('strict-dynamic'), so
 * an injected <script> does not run. Styles: Payload's UI sets inline styles, hence
 * 'unsafe-inline' there only. frame-ancestors 'self': the admin frames its own live preview, no
 * other site may frame it. `next dev` also needs eval for React's debugging.
 */
export function adminContentSecurityPolicy({ nonce, dev = false }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "frame-ancestors 'self'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ')
}

/** The API answers JSON: it needs to load nothing and may be framed by nothing. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

export function securityHeaders() {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    // Only honoured over HTTPS; harmless on http://localhost.
    { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  ]
}
