import type { Site } from './content'
import type { Lang } from './i18n'
import { calendar, type CalendarEvent } from './ics'
import { text } from './localize'
import { markdownToText } from './markdown'
import { routes } from './routes'
import { venueOf } from './venue'
import type { Event } from './schemas'

/** The calendar entries of festival events, in one language, with absolute links back to the site. */
export function calendarEvent(site: Site, event: Event, lang: Lang, origin: URL): CalendarEvent {
  const venue = venueOf(site, event, lang)
  const description = [text(event.summary, lang), markdownToText(text(event.description, lang))].filter(Boolean).join('\n\n')
  return {
    uid: `${event.slug}@events.hzlib`,
    title: text(event.title, lang),
    description: description || undefined,
    location: [venue.name, venue.address].filter(Boolean).join(', ') || undefined,
    url: new URL(routes.event(lang, event.slug), origin).href,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    categories: event.series ? [text(site.seriesBySlug(event.series).title, lang)] : undefined,
  }
}

export const icsResponse = (name: string, site: Site, events: Event[], lang: Lang, origin: URL) =>
  new Response(calendar(name, events.map((e) => calendarEvent(site, e, lang, origin))), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  })
