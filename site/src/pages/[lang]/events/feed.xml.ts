import type { APIRoute } from 'astro'
import { loadSite } from '../../../lib/content'
import { formatTimeRange } from '../../../lib/format'
import { langPaths, useT, type Lang } from '../../../lib/i18n'
import { text } from '../../../lib/localize'
import { routes } from '../../../lib/routes'
import { rss } from '../../../lib/rss'

export const getStaticPaths = langPaths

/** Festival events, soonest first; each item says when the event is (the feed date is its start). */
export const GET: APIRoute = async ({ params, site: origin }) => {
  const site = await loadSite()
  const lang = params.lang as Lang
  const t = useT(lang)
  const abs = (path: string) => new URL(path, origin).href
  return rss(
    { title: t('feeds.events'), url: abs(routes.home(lang)), feedUrl: abs(routes.eventsFeed(lang)), description: t('feeds.eventsDescription'), lang },
    site.eventsSorted.map((e) => ({
      title: text(e.title, lang),
      url: abs(routes.event(lang, e.slug)),
      date: e.startsAt,
      description: [formatTimeRange(e.startsAt, e.endsAt, lang), text(e.summary, lang)].filter(Boolean).join(' · '),
      categories: e.series ? [text(site.seriesBySlug(e.series).title, lang)] : [],
    })),
  )
}
