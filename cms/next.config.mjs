import { withPayload } from '@payloadcms/next/withPayload'
import { API_CONTENT_SECURITY_POLICY, securityHeaders } from './security-headers.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false, // no X-Powered-By: Next.js, Payload
  // The admin pages get their Content-Security-Policy, with a nonce, from src/proxy.ts.
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders() },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: API_CONTENT_SECURITY_POLICY }] },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
