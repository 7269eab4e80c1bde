import type { Locale } from '../lib/labels'

/** Where the CMS serves previews (app/(preview)/preview/…): staff only, never indexed. */
export const PREVIEW_ROUTE = '/preview'

/** The preview page of one document in one language, as the admin's Preview button opens it. */
export const previewPath = (collection: string, id: string | number, lang: Locale) =>
  `${PREVIEW_ROUTE}/${encodeURIComponent(collection)}/${encodeURIComponent(String(id))}?lang=${lang}`

/** Where a preview build's files (CSS, images) are served from. */
export const previewAssetPath = (build: string) => `${PREVIEW_ROUTE}/assets/${build}`
