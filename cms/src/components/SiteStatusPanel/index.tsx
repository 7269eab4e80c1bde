import type { Payload, ServerProps } from 'payload'
import type { SiteProblem, SiteStatusRecord } from '../../publishing/documentSiteState'
import { docKey, type DocumentIds } from '../siteStatusText'
import { SiteStatusView } from './SiteStatusView'

/** Dashboard panel (admin.components.afterDashboard): where the public site stands. */
export async function SiteStatusPanel({ payload }: ServerProps) {
  const status = (await payload.findGlobal({ slug: 'site-status', depth: 0, overrideAccess: true })) as SiteStatusRecord
  const ids = await documentIds(payload, [...(status.problems ?? []), ...(status.heldBack ?? [])])
  return <SiteStatusView initialStatus={status} initialIds={ids} />
}

/** Ids of the documents problems name, so the panel links to their edit pages from the first paint. */
export async function documentIds(payload: Payload, problems: SiteProblem[]): Promise<DocumentIds> {
  const ids: DocumentIds = {}
  const byCollection = new Map<string, string[]>()
  for (const p of problems) {
    if (!p.collection || !p.slug || !payload.collections[p.collection as never]) continue
    byCollection.set(p.collection, [...(byCollection.get(p.collection) ?? []), p.slug])
  }
  for (const [collection, slugs] of byCollection) {
    const { docs } = await payload.find({
      collection: collection as never,
      where: { slug: { in: slugs } },
      depth: 0,
      draft: true,
      pagination: false,
      overrideAccess: true,
      select: { slug: true } as never,
    })
    for (const doc of docs as Array<{ id: string | number; slug: string }>) ids[docKey({ collection, slug: doc.slug })] = doc.id
  }
  return ids
}
