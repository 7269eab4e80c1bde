import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { MEDIA_URL_DIR, variantOnDemand, writeVariants } from '../lib/images'
import { PRINT_URL_DIR, printDir } from '../lib/print'
import { buildsEverything } from '../lib/only'
import { SNAPSHOT_DIR } from '../lib/snapshot'

const originals = () => {
  const mediaDir = path.join(SNAPSHOT_DIR, 'media')
  return fs.existsSync(mediaDir) ? fs.readdirSync(mediaDir).filter((f) => /\.(jpe?g|png|webp|avif|gif|tiff?)$/i.test(f)) : []
}

/** The originals whose variants the built pages use (one document's preview: a few of them). */
function referencedOriginals(outDir: string) {
  const html = fs
    .readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => fs.readFileSync(path.join(outDir, f), 'utf8'))
    .join('\n')
  return originals().filter((filename) => html.includes(`/${MEDIA_URL_DIR}/${filename.replace(/\.[^.]+$/, '')}-`))
}

/**
 * After the build, writes the responsive variants of every snapshot image into dist/media and
 * copies print PDFs; `astro dev` makes each variant when the browser asks for it.
 */
export function snapshotMedia(): AstroIntegration {
  return {
    name: 'hzlib:snapshot-media',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(`/${MEDIA_URL_DIR}/`, (req, res, next) => {
          variantOnDemand(decodeURIComponent((req.url ?? '').slice(1).split('?')[0]), originals())
            .then((found) => {
              if (!found) return next()
              res.setHeader('Content-Type', `image/${found.format}`)
              res.end(found.body)
            })
            .catch(next)
        })
      },
      'astro:build:done': async ({ dir, logger }) => {
        const files = buildsEverything() ? originals() : referencedOriginals(fileURLToPath(dir))
        const started = performance.now()
        const written = await writeVariants(fileURLToPath(dir), files)
        logger.info(`${written} image variants encoded (the rest from the image cache) for ${files.length} images in ${Math.round(performance.now() - started)} ms`)
        // The PDFs only: the print export's reports beside them are for the editors.
        const pdfs = fs.existsSync(printDir()) ? fs.readdirSync(printDir()).filter((f) => f.endsWith('.pdf')) : []
        if (pdfs.length) fs.mkdirSync(path.join(fileURLToPath(dir), PRINT_URL_DIR), { recursive: true })
        for (const pdf of pdfs) fs.copyFileSync(path.join(printDir(), pdf), path.join(fileURLToPath(dir), PRINT_URL_DIR, pdf))
      },
    },
  }
}
