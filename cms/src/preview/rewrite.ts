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
  /** The admin page's CSP nonce (src/proxy.ts): the build's own scripts get it, nothing else does. */
  nonce?: string
}

/** Files of the build (not pages): bundled CSS and scripts, image variants, the site's own root files (favicon). */
export const isBuildAsset = (path: string) => /^\/(?:_astro\/|media\/|[^/]+\.(?:svg|png|ico|js|css)$)/.test(path)

const URL_ATTRIBUTE = /(\s(?:href|src|srcset|poster|action)=")([^"]*)(")/g
const CSS_URL = /url\((['"]?)(\/(?:_astro|media)\/)/g

export function rewritePreviewHtml(html: string, options: RewriteOptions): string {
  const rewritten = html
    .replace(URL_ATTRIBUTE, (_, before: string, value: string, after: string) => before + rewriteUrlList(value, options) + after)
    .replace(CSS_URL, (_, quote: string, dir: string) => `url(${quote}${options.assetBase}${dir}`)
  const withNonce = options.nonce && /^[A-Za-z0-9+/=_-]+$/.test(options.nonce) ? addNonce(rewritten, options.assetBase, options.nonce) : rewritten
  return withNonce.replace(/<head>/i, '<head><meta name="robots" content="noindex, nofollow">')
}

/** Only <script src> tags that load the preview build's own files: the site has no inline scripts. */
function addNonce(html: string, assetBase: string, nonce: string) {
  return html.replace(/<script\b([^>]*)>/g, (tag, attributes: string) =>
    attributes.includes(` src="${assetBase}/_astro/`) ? `<script nonce="${nonce}"${attributes}>` : tag,
  )
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
  if (isBuildAsset(path)) return assetBase + url
  if (url.startsWith('/') && !url.startsWith('//')) return siteOrigin + url
  return url
}
