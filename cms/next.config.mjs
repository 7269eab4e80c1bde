import { withPayload } from '@payloadcms/next/withPayload'
import { securityHeaders } from './security-headers.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false, // no X-Powered-By: Next.js
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders({ dev: process.env.NODE_ENV === 'development' }) }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
