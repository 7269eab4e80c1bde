/**
 * A page of a preview build, made servable from the CMS: its CSS, scripts and images come from
 * the preview build (assetBase), its own pages in both languages stay in the preview, every other
 * link goes to the live site, and search engines are told to keep out.
 */
export type RewriteOptions = {
  /** e.g. /preview/assets/<build> */
  assetBase: string
  /** The live site's origin, for every other root-relative link. */
  siteOrigin: string
  /** Site path of this document's page → its preview URL (both languages). */
  previewPages: Record<string, string>
}

const URL_ATTRIBUTE = /(\s(?:href|src|srcset|poster|action)=")([^"]*)(")/g
const CSS_URL = /url\((['"]?)(\/(?:_astro|media)\/)/g

export function rewritePreviewHtml(html: string, options: RewriteOptions): string {
  const rewritten = html
    .replace(URL_ATTRIBUTE, (_, before: string, value: string, after: string) => before + rewriteUrlList(value, options) + after)
    .replace(CSS_URL, (_, quote: string, dir: string) => `url(${quote}${options.assetBase}${dir}`)
  return rewritten.replace(/<head>/i, '<head><meta name="robots" content="noindex, nofollow">')
}

/** CSS files of the build point at fonts and images by root-relative URLs too. */
export const rewritePreviewCss = (css: string, assetBase: string) => css.replace(CSS_URL, (_, quote: string, dir: string) => `url(${quote}${assetBase}${dir}`)

/** A srcset is a comma-separated list of "url width"; other attributes hold one URL. */
function rewriteUrlList(value: string, options: RewriteOptions): string {
  if (!/,\s/.test(value)) return rewriteUrl(value, options)
  return value
    .split(/,\s+/)
    .map((candidate) => candidate.replace(/^\S+/, (url) => rewriteUrl(url, options)))
    .join(', ')
}

function rewriteUrl(url: string, { assetBase, siteOrigin, previewPages }: RewriteOptions): string {
  const decoded = url.replaceAll('&amp;', '&')
  const path = decoded.split(/[?#]/)[0]
  if (previewPages[path]) return previewPages[path].replaceAll('&', '&amp;') + decoded.slice(path.length).replaceAll('&', '&amp;')
  if (/^\/(_astro|media)\//.test(url)) return assetBase + url
  if (url.startsWith('/') && !url.startsWith('//')) return siteOrigin + url
  return url
}
