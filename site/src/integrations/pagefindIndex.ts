import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import * as pagefind from 'pagefind'

/**
 * After the build, Pagefind indexes dist/ (one index per <html lang>, so Chinese and English
 * pages are searched apart) and writes its bundle to dist/pagefind.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'hzlib:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir)
        const started = performance.now()
        const { index, errors } = await pagefind.createIndex({})
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
        const added = await index.addDirectory({ path: site })
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`)
        const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') })
        if (written.errors.length) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`)
        await pagefind.close()
        logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`)
      },
    },
  }
}
