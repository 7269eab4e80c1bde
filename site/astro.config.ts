import mdx from '@astrojs/mdx'
import sitemap from '@astrojs/sitemap'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'astro/config'
import { snapshotMedia } from './src/integrations/snapshotMedia'
import { pagefindIndex } from './src/integrations/pagefindIndex'
import { inSitemap, withAlternates } from './src/lib/sitemap'

/**
 * The static site. It reads the content snapshot (SNAPSHOT_DIR, default ../.build/snapshot) that
 * `npm run export` (from the CMS) or `npm run snapshot:content` (from content/) writes.
 * Every page lives under /zh/ or /en/; `/` picks one (src/pages/index.astro, netlify.toml).
 */
// Resolved here, where the file's own location is known (bundled page code runs from elsewhere).
process.env.SNAPSHOT_DIR ||= fileURLToPath(new URL('../.build/snapshot', import.meta.url))

export default defineConfig({
  // Netlify sets URL; SITE_URL overrides; local runs serve on 4321.
  site: process.env.SITE_URL || process.env.URL || 'http://localhost:4321',
  outDir: process.env.SITE_OUT_DIR || './dist',
  // Separate caches let test builds of different snapshots run side by side.
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  // Scripts and styles always as files, never inlined into the page: the Content-Security-Policy
  // in netlify.toml allows scripts and styles from the site itself only ('self'), no inline code.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  compressHTML: true,
  integrations: [
    mdx(),
    // The i18n option finds each page's twin; src/lib/sitemap.ts then sets the alternates.
    sitemap({ i18n: { defaultLocale: 'zh', locales: { zh: 'zh-CN', en: 'en' } }, filter: inSitemap, serialize: withAlternates }),
    snapshotMedia(),
    pagefindIndex(),
  ],
})
