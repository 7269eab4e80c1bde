/**
 * Where one document stands on the public site, derived from the site-status global
 * (siteStatus.ts) and the document's published version. Pure: the admin badge computes it on the
 * server and again in the browser each time it polls.
 */
export type SiteProblem = {
  collection?: string | null
  slug?: string | null
  field?: string | null
  messageZh?: string | null
  messageEn?: string | null
}

export type SiteStatusRecord = {
  state?: 'live' | 'pending' | 'updating' | 'failed' | null
  lastSuccess?: { startedAt?: string | null; finishedAt?: string | null } | null
  lastAttemptAt?: string | null
  problems?: SiteProblem[] | null
  heldBack?: SiteProblem[] | null
}

export type DocumentOnSite = {
  collection: string
  slug?: string | null
  /** When the version readers should see was published (its updatedAt); absent if never published. */
  publishedAt?: string | null
}

export type DocumentState = 'live' | 'pending' | 'updating' | 'failed' | 'heldBack' | 'draft'

export type DocumentSiteState = {
  state: DocumentState
  /** Why it is held back, or why the update that should carry it failed. */
  problems: SiteProblem[]
}

const time = (iso?: string | null) => (iso ? Date.parse(iso) : Number.NaN)
const names = (doc: DocumentOnSite) => (p: SiteProblem) => p.collection === doc.collection && p.slug === doc.slug

export function documentSiteState(doc: DocumentOnSite, status: SiteStatusRecord | null | undefined): DocumentSiteState {
  if (!doc.publishedAt) return { state: 'draft', problems: [] }
  const heldBack = (status?.heldBack ?? []).filter(names(doc))
  if (heldBack.length) return { state: 'heldBack', problems: heldBack }
  const published = time(doc.publishedAt)
  const lastStart = time(status?.lastSuccess?.startedAt)
  // An update reads the CMS when it starts: a version published before that start is on the site.
  if (published <= lastStart) return { state: 'live', problems: [] }
  switch (status?.state) {
    case 'failed':
      return { state: 'failed', problems: status.problems ?? [] }
    case 'updating':
      // The running update carries it only if it started after the publish.
      return { state: published <= time(status.lastAttemptAt) ? 'updating' : 'pending', problems: [] }
    default:
      return { state: 'pending', problems: [] }
  }
}

/**
 * The publish time of the version readers should see, from the document as read with
 * `draft: false` (Payload keeps the published version there while newer drafts pile up in versions).
 */
export const publishedAt = (published: { _status?: string | null; updatedAt?: string | null } | null | undefined) =>
  published?._status === 'published' ? (published.updatedAt ?? null) : null
