// Response headers of the CMS (admin and API), used by next.config.mjs. Plain JavaScript: Next
// loads its config without a TypeScript step. Tested in tests/cms/production-start.test.ts.

/**
 * The tightest Content-Security-Policy the Payload admin works under (checked in Chromium: sign
 * in, list and edit documents, no violation). Next streams the page's data as inline <script>
 * tags and Payload's UI sets inline styles, hence 'unsafe-inline' for scripts and styles; every
 * other source is the CMS itself. `next dev` also needs eval for React's debugging.
 * frame-ancestors 'self': the admin frames its own live preview, no other site may frame it.
 */
export function contentSecurityPolicy({ dev = false } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
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

export function securityHeaders({ dev = false } = {}) {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ dev }) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    // Only honoured over HTTPS; harmless on http://localhost.
    { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  ]
}
