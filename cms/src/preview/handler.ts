import fs from 'node:fs'
import path from 'node:path'
import type { Payload, TypedUser } from 'payload'
import { ContentErrors } from '../content/errors'
import { LOCALES, type Locale } from '../lib/labels'
import { documentPath, isSiteCollection, siteOrigin } from '../publishing/siteUrls'
import { BUILD_ID, buildOutDir, buildPreview, PreviewBuildError } from './build'
import { previewAssetPath, previewPath } from './paths'
import { isBuildAsset, rewritePreviewCss, rewritePreviewHtml } from './rewrite'
import { previewContentSet } from './snapshot'

/** Every preview response: for signed-in staff only, never cached by a shared cache, never indexed. */
const PRIVATE_HEADERS = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex, nofollow', 'Referrer-Policy': 'same-origin' }

/** The signed-in user (session cookie or token), and whether they are staff (have a role). */
async function signedIn(payload: Payload, request: Request): Promise<{ user: TypedUser | null; staff: boolean }> {
  const { user } = await payload.auth({ headers: request.headers })
  return { user, staff: Boolean(user && ((user as { roles?: unknown[] }).roles?.length ?? 0) > 0) }
}

/** GET /preview/<collection>/<id>?lang=zh|en: the page of the document's latest draft, as readers will see it. */
export async function handlePreview(request: Request, payload: Payload, params: { collection: string; id: string }): Promise<Response> {
  const url = new URL(request.url)
  const lang: Locale = LOCALES.includes(url.searchParams.get('lang') as Locale) ? (url.searchParams.get('lang') as Locale) : 'zh'
  const { user, staff } = await signedIn(payload, request)
  if (!user || !staff) return refusal(request, payload, url, Boolean(user))
  const { collection, id } = params
  if (!isSiteCollection(collection)) return message(404, lang, '没有可预览的页面', 'Nothing to preview', [`${collection}`])
  let prepared: Awaited<ReturnType<typeof previewContentSet>>
  try {
    prepared = await previewContentSet(payload, collection, id, user)
  } catch (error) {
    if (error instanceof ContentErrors) {
      return message(422, lang, '内容有问题，无法生成预览（发布时同样会被拒绝）', 'The content has problems: no preview (publishing would refuse it too)', error.errors.map((e) => e.message))
    }
    if ((error as { status?: number }).status === 404 || (error as Error).name === 'NotFound') {
      return message(404, lang, '找不到该文档', 'No such document', [`${collection} #${id}`])
    }
    throw error
  }
  const staticDir = payload.collections.media.config.upload.staticDir as string
  let build: string
  try {
    build = await buildPreview(prepared.set, (filename) => path.join(staticDir, filename), collection, prepared.slug)
  } catch (error) {
    if (error instanceof PreviewBuildError) return message(500, lang, '网站模板无法生成此页面', 'The site templates could not build this page', [error.log.slice(-4000)])
    throw error
  }
  const previewPages = Object.fromEntries(LOCALES.map((l) => [documentPath(collection, prepared.slug, l), previewPath(collection, id, l)]))
  const file = path.join(buildOutDir(build), documentPath(collection, prepared.slug, lang), 'index.html')
  // The admin's policy (src/proxy.ts) covers this page too; its nonce lets the site's own scripts run.
  const nonce = request.headers.get('content-security-policy')?.match(/'nonce-([^']+)'/)?.[1]
  const html = rewritePreviewHtml(fs.readFileSync(file, 'utf8'), { assetBase: previewAssetPath(build), siteOrigin: siteOrigin(), previewPages, nonce })
  return new Response(html, { headers: { ...PRIVATE_HEADERS, 'Content-Type': 'text/html; charset=utf-8' } })
}

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
}

/** GET /preview/assets/<build>/<file>: the CSS, scripts and images of a preview build (staff only: drafts' images are private). */
export async function handlePreviewAsset(request: Request, payload: Payload, params: { build: string; path: string[] }): Promise<Response> {
  const { user, staff } = await signedIn(payload, request)
  if (!staff) return new Response(user ? '403' : '401', { status: user ? 403 : 401, headers: PRIVATE_HEADERS })
  const out = BUILD_ID.test(params.build) ? buildOutDir(params.build) : undefined
  const file = out && isBuildAsset(`/${params.path.join('/')}`) ? path.resolve(out, ...params.path) : undefined
  const type = file && TYPES[path.extname(file).toLowerCase()]
  if (!out || !file || !type || !file.startsWith(out + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    return new Response('404', { status: 404, headers: PRIVATE_HEADERS })
  }
  const body = type.startsWith('text/css') ? rewritePreviewCss(fs.readFileSync(file, 'utf8'), previewAssetPath(params.build)) : fs.readFileSync(file)
  return new Response(body, { headers: { ...PRIVATE_HEADERS, 'Content-Type': type } })
}

/** Not signed in, or signed in without a role: a page that says so and links to the sign-in. */
function refusal(request: Request, payload: Payload, url: URL, signedInWithoutRole: boolean): Response {
  const lang: Locale = request.headers.get('accept-language')?.toLowerCase().startsWith('en') ? 'en' : 'zh'
  const login = `${payload.config.routes.admin}/login?redirect=${encodeURIComponent(url.pathname + url.search)}`
  return signedInWithoutRole
    ? message(403, lang, '此账户没有编辑权限，不能预览。', 'This account has no editorial role: no preview.', [])
    : message(401, lang, '仅限已登录的编辑预览。', 'Preview is for signed-in staff only.', [], login)
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** A small bilingual page, the editor's language first. */
function message(status: number, lang: Locale, zh: string, en: string, details: string[], login?: string): Response {
  const [first, second] = lang === 'en' ? [en, zh] : [zh, en]
  const html = `<!doctype html><html lang="${lang === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow"><title>${escapeHtml(first)}</title></head><body>
<h1>${escapeHtml(first)}</h1><p lang="${lang === 'en' ? 'zh-CN' : 'en'}">${escapeHtml(second)}</p>
${details.length ? `<ul>${details.map((d) => `<li><pre>${escapeHtml(d)}</pre></li>`).join('')}</ul>` : ''}
${login ? `<p><a href="${escapeHtml(login)}">登录 · Sign in</a></p>` : ''}</body></html>`
  return new Response(html, { status, headers: { ...PRIVATE_HEADERS, 'Content-Type': 'text/html; charset=utf-8' } })
}
