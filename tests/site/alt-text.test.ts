import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { page, sitePaths } from '../helpers/html'

/**
 * What the accessibility statement promises: every image on the site that carries information
 * has a text alternative in the page's language, taken from its media document, figures in rich
 * text included (their caption says what the figure is about, the alt what it shows).
 */
const { seed } = inject('sites')
type Media = { filename: string; alt: { zh: string; en?: string } }
const media = JSON.parse(fs.readFileSync(path.join(seed.snapshot, 'media.json'), 'utf8')) as Media[]
const byVariant = (src: string) => media.find((m) => src.includes(`/media/${m.filename.replace(/\.[a-z]+$/, '')}-`))

describe('text alternatives on the seed site', () => {
  it('every image in a page has non-empty alt text in that page’s language', () => {
    let images = 0
    for (const urlPath of sitePaths(seed.dist, '.html').filter((p) => /^\/(zh|en)\//.test(p))) {
      const lang = urlPath.startsWith('/zh/') ? 'zh' : 'en'
      for (const img of page(seed.dist, urlPath).querySelectorAll('img')) {
        images++
        const alt = img.getAttribute('alt') ?? ''
        expect(alt.trim(), `${urlPath} ${img.getAttribute('src')}`).not.toBe('')
        // In a parallel-text column the alt follows the column's language, like its text.
        const columnLang = img.closest('[data-col]')?.getAttribute('data-col') ?? lang
        const doc = byVariant(img.getAttribute('src') ?? img.getAttribute('srcset') ?? '')
        if (doc) expect(alt, urlPath).toBe(doc.alt[columnLang as 'zh' | 'en'] ?? doc.alt.zh)
      }
    }
    expect(images).toBeGreaterThan(50)
  })

  it('figures in article bodies carry both a caption and the media alt text', () => {
    const figure = page(seed.dist, '/en/articles/central-branch-model/').querySelector('figure.figure')!
    expect(figure.querySelector('figcaption')!.text).toContain('central library–main/branch library')
    const alt = figure.querySelector('img')!.getAttribute('alt')
    expect(alt).toBe(media.find((m) => m.filename === 'j-fig-central-branch-1.jpg')!.alt.en)
  })
})
