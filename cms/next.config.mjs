import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The admin is the only app here; keep the build output beside the package.
  output: 'standalone',
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
