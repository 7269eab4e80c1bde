import type { ServerProps } from 'payload'
import type { SiteStatusRecord } from '../../publishing/documentSiteState'
import { isSiteCollection, liveUrls } from '../../publishing/siteUrls'
import { DocumentSiteBadgeView, type PublishedFields } from './DocumentSiteBadgeView'

/**
 * Beside Save/Publish on every document the site shows (admin.components.edit.beforeDocumentControls,
 * wired in collections/editorial.ts, which passes the collection): where this document stands on the site.
 */
export async function DocumentSiteBadge({ payload, id, collection }: ServerProps & { collection: string }) {
  if (!isSiteCollection(collection)) return null
  const status = (await payload.findGlobal({ slug: 'site-status', depth: 0, overrideAccess: true })) as SiteStatusRecord
  const published = id
    ? ((await payload
        .findByID({ collection, id, depth: 0, draft: false, overrideAccess: true, disableErrors: true, select: { slug: true, _status: true, updatedAt: true } as never })
        .catch(() => null)) as PublishedFields | null)
    : null
  const urls = published?.slug ? liveUrls(collection, published.slug) : undefined
  return <DocumentSiteBadgeView collection={collection} id={id} initialStatus={status} initialPublished={published} urls={urls} />
}
