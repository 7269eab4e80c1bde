import type { Lang } from './i18n'
import type { Article, Branch, Event, Issue, Journal } from './schemas'
import type { Site } from './site'

/**
 * The one image that stands for a document in link previews (og:image) and structured data: its
 * own when it has one, otherwise the nearest that shows the same thing. Filenames of snapshot
 * media; `previewUrl()` (images.ts) makes the URL.
 */

const FIGURE = /^!\[[^\]]*\]\(media:([^)\s]+)\)$/m

/** An article: its first figure in this language, else its issue's cover, else the journal's. */
export function articleImage(article: Article, issue: Issue, journal: Journal, lang: Lang): string | undefined {
  return article.body?.[lang]?.match(FIGURE)?.[1] ?? issue.cover ?? journal.cover
}

/** A branch: its first photo. */
export const branchImage = (branch: Branch): string | undefined => branch.photos?.[0]

/** A festival: the first image of its programme, in date order. */
export function festivalImage(site: Site, festival: string): string | undefined {
  return site.eventsSorted.find((e) => e.festival === festival && e.images?.length)?.images?.[0]
}

/** An event: its own first image, else a photo of the branch it is held at, else its festival's. */
export function eventImage(site: Site, event: Event): string | undefined {
  return event.images?.[0] ?? (event.branch ? branchImage(site.branch(event.branch)) : undefined) ?? festivalImage(site, event.festival)
}
