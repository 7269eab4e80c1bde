import sharp from 'sharp'
import { expect, inject, it } from 'vitest'

/** The image variants `astro dev` makes on request are the ones the markup lists. */
const { fixture } = inject('sites')
process.env.SNAPSHOT_DIR = fixture.snapshot
const { imageSet, variantOnDemand } = await import('../../site/src/lib/images')

it('makes each variant the markup asks for, at its width and in its format', async () => {
  const set = await imageSet('fx-reading-room.jpg')
  expect(set.variants.map((v) => v.format)).toEqual(['avif', 'webp', 'jpeg'])
  for (const v of set.variants) {
    const made = await variantOnDemand(v.file, ['fx-reading-room.jpg'])
    const meta = await sharp(made!.body).metadata()
    expect(meta.width).toBe(v.width)
    expect(meta.height).toBe(v.height)
    expect(meta.format).toBe(v.format === 'avif' ? 'heif' : v.format)
  }
})

it('makes nothing for a name the markup never lists', async () => {
  expect(await variantOnDemand('fx-reading-room-123.jpg', ['fx-reading-room.jpg'])).toBeUndefined()
  expect(await variantOnDemand('other-400.jpg', ['fx-reading-room.jpg'])).toBeUndefined()
})
