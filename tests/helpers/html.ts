import fs from 'node:fs'
import path from 'node:path'
import { parse, type HTMLElement } from 'node-html-parser'

/** Reading a built site the way a browser or crawler would: by URL path. */
export function fileFor(dist: string, urlPath: string): string {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0])
  const target = path.join(dist, clean)
  return clean.endsWith('/') ? path.join(target, 'index.html') : target
}

export const exists = (dist: string, urlPath: string) => fs.existsSync(fileFor(dist, urlPath))
export const read = (dist: string, urlPath: string) => fs.readFileSync(fileFor(dist, urlPath), 'utf8')
export const page = (dist: string, urlPath: string): HTMLElement => parse(read(dist, urlPath))

/** Every file of the site with one of the extensions, as URL paths (index.html → folder/). */
export function sitePaths(dist: string, ext: string): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith(ext)) {
        const rel = `/${path.relative(dist, full).split(path.sep).join('/')}`
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel)
      }
    }
  }
  walk(dist)
  return out.sort()
}

/** The JSON-LD objects of a page (throws if one does not parse). */
export const jsonLd = (doc: HTMLElement): Array<Record<string, unknown>> =>
  doc.querySelectorAll('script[type="application/ld+json"]').flatMap((s) => {
    const value = JSON.parse(s.textContent)
    return Array.isArray(value) ? value : [value]
  })

export const text = (el: HTMLElement | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()
