import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import sharp, { type Sharp } from 'sharp'
import { snapshotMediaPath } from './snapshot'

/**
 * Responsive images for snapshot media. Pages ask for `imageSet(filename)` (dimensions and srcsets,
 * computed from the original), and the snapshotMedia integration writes exactly those variants
 * with sharp after the build, so markup and files come from one function.
 */
export const WIDTHS = [400, 800, 1200] as const
export const FORMATS = ['avif', 'webp', 'jpeg'] as const
export type Format = (typeof FORMATS)[number]
export const MEDIA_URL_DIR = 'media'

export interface Variant {
  file: string
  width: number
  height: number
  format: Format
}

export interface ImageSet {
  width: number
  height: number
  variants: Variant[]
  srcset: (format: Format) => string
  fallback: Variant
}

const base = (filename: string) => filename.replace(/\.[^.]+$/, '')
const extension: Record<Format, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg' }

export function variantsFor(filename: string, width: number, height: number): Variant[] {
  const widths = [...new Set([...WIDTHS.filter((w) => w < width), Math.min(width, WIDTHS.at(-1)!)])]
  return FORMATS.flatMap((format) =>
    widths.map((w) => ({
      file: `${base(filename)}-${w}.${extension[format]}`,
      width: w,
      height: Math.round((height * w) / width),
      format,
    })),
  )
}

const dimensions = new Map<string, Promise<{ width: number; height: number }>>()
function sizeOf(filename: string) {
  let found = dimensions.get(filename)
  if (!found) {
    const file = snapshotMediaPath(filename)
    if (!fs.existsSync(file)) throw new Error(`Image "${filename}" is not in the snapshot's media folder`)
    found = sharp(file)
      .metadata()
      .then((m) => ({ width: m.autoOrient?.width ?? m.width ?? 0, height: m.autoOrient?.height ?? m.height ?? 0 }))
    dimensions.set(filename, found)
  }
  return found
}

export async function imageSet(filename: string): Promise<ImageSet> {
  const { width, height } = await sizeOf(filename)
  const variants = variantsFor(filename, width, height)
  const url = (v: Variant) => `/${MEDIA_URL_DIR}/${v.file}`
  const of = (format: Format) => variants.filter((v) => v.format === format)
  const jpegs = of('jpeg')
  const fallback = jpegs[Math.min(1, jpegs.length - 1)]
  return {
    width: fallback.width,
    height: fallback.height,
    variants,
    srcset: (format) => of(format).map((v) => `${url(v)} ${v.width}w`).join(', '),
    fallback,
  }
}

/** The URL of an image's middle-sized JPEG, for link previews (og:image) and structured data. */
export const previewUrl = async (filename: string) => `/${MEDIA_URL_DIR}/${(await imageSet(filename)).fallback.file}`

const encode = (image: Sharp, v: Variant) => {
  const resized = image.resize({ width: v.width })
  return v.format === 'avif' ? resized.avif({ quality: 55, effort: 2 }) : v.format === 'webp' ? resized.webp({ quality: 72 }) : resized.jpeg({ quality: 78, mozjpeg: true })
}

/** Writes every variant of every snapshot image into outDir/media (skipping ones already there). */
export async function writeVariants(outDir: string, filenames: string[], cacheDir = process.env.IMAGE_CACHE_DIR) {
  const target = path.join(outDir, MEDIA_URL_DIR)
  fs.mkdirSync(target, { recursive: true })
  let written = 0
  for (const filename of filenames) {
    const { width, height } = await sizeOf(filename)
    const original = snapshotMediaPath(filename)
    const source = sharp(original).autoOrient()
    // Keyed by the original's bytes: a later build of the same image links instead of re-encoding.
    const cached = cacheDir ? path.join(cacheDir, createHash('sha256').update(fs.readFileSync(original)).digest('hex')) : undefined
    if (cached) fs.mkdirSync(cached, { recursive: true })
    await Promise.all(
      variantsFor(filename, width, height).map(async (v) => {
        const out = path.join(target, v.file)
        if (fs.existsSync(out)) return
        if (!cached) {
          await encode(source.clone(), v).toFile(out)
          written++
          return
        }
        const file = path.join(cached, v.file)
        if (!fs.existsSync(file)) {
          // Written aside and renamed: an interrupted encode never leaves a half file in the cache.
          const partial = `${file}.${process.pid}.partial`
          await encode(source.clone(), v).toFile(partial)
          fs.renameSync(partial, file)
          written++
        }
        linkOrCopy(file, out)
      }),
    )
  }
  return written
}

function linkOrCopy(from: string, to: string) {
  try {
    fs.linkSync(from, to)
  } catch {
    fs.copyFileSync(from, to)
  }
}

/** One variant, made on request (the dev server; the build writes them all). */
export async function variantOnDemand(file: string, originals: string[]): Promise<{ body: Buffer; format: Format } | undefined> {
  for (const filename of originals.filter((original) => file.startsWith(`${base(original)}-`))) {
    const { width, height } = await sizeOf(filename)
    const v = variantsFor(filename, width, height).find((x) => x.file === file)
    if (v) return { body: await encode(sharp(snapshotMediaPath(filename)).autoOrient(), v).toBuffer(), format: v.format }
  }
  return undefined
}
