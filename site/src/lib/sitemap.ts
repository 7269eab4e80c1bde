import type { SitemapItem } from '@astrojs/sitemap'
import { LANG_TAG } from './i18n'
import { defaultAlternate, inOtherLang, isNoindex } from './routes'

/**
 * What the sitemap lists and how. @astrojs/sitemap alone would list the search pages (noindex)
 * and the chooser at `/` (a redirect), give the home pages a second zh-CN alternate (it counts a
 * path without prefix as Chinese) and no x-default. Here: indexable pages only, each with one
 * alternate per language and one x-default, the same ones its <link rel="alternate"> tags name.
 */

/**
 * The sitemap's `filter`: false for pages search engines are asked not to index, and for the
 * language chooser at `/`, which Netlify answers with a redirect (netlify.toml): a sitemap lists
 * pages, not redirects. It stays the home pages' x-default, the place Google wants a redirector.
 */
export const inSitemap = (pageUrl: string) => {
  const path = new URL(pageUrl).pathname
  return path !== '/' && !isNoindex(path)
}

/** The sitemap's `serialize`: replaces the plugin's language links by the page's own set. */
export function withAlternates(item: SitemapItem): SitemapItem {
  const url = new URL(item.url)
  const zhPath = chinesePath(url.pathname)
  const twins = new Set((item.links ?? []).map((link) => new URL(link.url).pathname))
  // A page without a twin in the other language (none so far) gets no alternates.
  if (!zhPath || !twins.has(zhPath) || !twins.has(inOtherLang(zhPath, 'zh'))) return { ...item, links: undefined }
  const at = (path: string) => new URL(path, url).href
  return {
    ...item,
    links: [
      { lang: LANG_TAG.zh, url: at(zhPath) },
      { lang: LANG_TAG.en, url: at(inOtherLang(zhPath, 'zh')) },
      { lang: 'x-default', url: at(defaultAlternate(zhPath)) },
    ],
  }
}

/** The Chinese twin's path of a page. */
function chinesePath(path: string) {
  if (path.startsWith('/zh/')) return path
  if (path.startsWith('/en/')) return inOtherLang(path, 'en')
  return undefined
}
