import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { writeVariants } from '../lib/images'
import { PRINT_URL_DIR, printDir } from '../lib/print'
import { SNAPSHOT_DIR } from '../lib/snapshot'

/** After the build, writes the responsive variants of every snapshot image into dist/media and copies print PDFs. */
export function snapshotMedia(): AstroIntegration {
  return {
    name: 'hzlib:snapshot-media',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const mediaDir = path.join(SNAPSHOT_DIR, 'media')
        const files = fs.existsSync(mediaDir) ? fs.readdirSync(mediaDir).filter((f) => /\.(jpe?g|png|webp|avif|gif|tiff?)$/i.test(f)) : []
        const started = performance.now()
        const written = await writeVariants(fileURLToPath(dir), files)
        logger.info(`${written} image variants from ${files.length} images in ${Math.round(performance.now() - started)} ms`)
        if (fs.existsSync(printDir())) fs.cpSync(printDir(), path.join(fileURLToPath(dir), PRINT_URL_DIR), { recursive: true })
      },
    },
  }
}
