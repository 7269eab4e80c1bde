import type { Article, Branch, Contributor, Docs, Event, Festival, Issue, Journal, Media, Page, Series } from './schemas'

/** The snapshot as typed arrays plus the lookups pages (and the print export) need. */
export interface Site extends Docs {
  journal: (slug: string) => Journal
  issue: (slug: string) => Issue
  article: (slug: string) => Article
  contributor: (slug: string) => Contributor
  branch: (slug: string) => Branch
  festival: (slug: string) => Festival
  event: (slug: string) => Event
  page: (slug: string) => Page
  seriesBySlug: (slug: string) => Series
  mediaFile: (filename: string) => Media
  /** Articles of an issue in table-of-contents order, with their section. */
  issueArticles: (issue: Issue) => Array<{ section: Issue['toc'] extends Array<infer S> | undefined ? S : never; article: Article }>
  /** Issues of a journal, newest first. */
  journalIssues: (journal: string) => Issue[]
  /** Events sorted by start. */
  eventsSorted: Event[]
}

const byKey = <T>(docs: T[], key: (d: T) => string, kind: string) => {
  const map = new Map(docs.map((d) => [key(d), d]))
  return (k: string): T => {
    const found = map.get(k)
    if (!found) throw new Error(`The snapshot has no ${kind} "${k}" (a reference points at a missing or unpublished document)`)
    return found
  }
}

/** The lookups over a set of documents (the site build's content collections, or a snapshot read directly). */
export function siteFromDocs(docs: Docs): Site {
  docs.journals.sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0) || a.slug.localeCompare(b.slug))
  docs.branches.sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0) || a.slug.localeCompare(b.slug))
  docs.series.sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0) || a.slug.localeCompare(b.slug))
  docs.pages.sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0) || a.slug.localeCompare(b.slug))
  const article = byKey(docs.articles, (a) => a.slug, 'article')
  return {
    ...docs,
    journal: byKey(docs.journals, (j) => j.slug, 'journal'),
    issue: byKey(docs.issues, (i) => i.slug, 'issue'),
    article,
    contributor: byKey(docs.contributors, (c) => c.slug, 'contributor'),
    branch: byKey(docs.branches, (b) => b.slug, 'branch'),
    festival: byKey(docs.festivals, (f) => f.slug, 'festival'),
    event: byKey(docs.events, (e) => e.slug, 'event'),
    page: byKey(docs.pages, (p) => p.slug, 'page'),
    seriesBySlug: byKey(docs.series, (s) => s.slug, 'series'),
    mediaFile: byKey(docs.media, (m) => m.filename, 'media file'),
    issueArticles: (issue) =>
      (issue.toc ?? []).flatMap((section) => (section.articles ?? []).map((slug) => ({ section, article: article(slug) }))),
    journalIssues: (journal) =>
      docs.issues.filter((i) => i.journal === journal).sort((a, b) => b.year - a.year || b.number - a.number),
    eventsSorted: [...docs.events].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.slug.localeCompare(b.slug)),
  }
}

/** The festival the site leads with: the most recent edition. */
export const latestFestival = (site: Site) =>
  [...site.festivals].sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || (b.edition ?? 0) - (a.edition ?? 0))[0]
