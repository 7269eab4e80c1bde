import type { APIRoute } from 'astro'
import { icsResponse } from '../../../../lib/calendars'
import { loadSite } from '../../../../lib/content'
import type { Lang } from '../../../../lib/i18n'
import { text } from '../../../../lib/localize'
import { docPaths } from '../../../../lib/paths'

export const getStaticPaths = () => docPaths('events', 'event')

export const GET: APIRoute = async ({ params, props, site: origin }) => {
  const site = await loadSite()
  const lang = params.lang as Lang
  const event = site.event(props.slug)
  return icsResponse(text(event.title, lang), site, [event], lang, origin!)
}
