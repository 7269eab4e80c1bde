import type { CollectionConfig } from 'payload'
import { adminLanguage } from '../components/siteStatusText'
import { previewPath } from '../preview/paths'
import { isSiteCollection } from './siteUrls'

/**
 * What the admin adds to each collection the site gives pages: the badge of where the document
 * stands on the site, beside Save/Publish, and the Preview button.
 */
export function siteAdmin(slug: string): CollectionConfig['admin'] {
  if (!isSiteCollection(slug)) return {}
  return {
    components: {
      edit: { beforeDocumentControls: [{ path: '/components/DocumentSiteBadge#DocumentSiteBadge', serverProps: { collection: slug } }] },
    },
    preview: (doc, { locale }) => (doc.id === undefined ? null : previewPath(slug, doc.id as string | number, adminLanguage(locale))),
  }
}
