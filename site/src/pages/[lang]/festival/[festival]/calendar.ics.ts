import type { APIRoute } from 'astro'
import { icsResponse } from '../../../../lib/calendars'
import { loadSite } from '../../../../lib/content'
import type { Lang } from '../../../../lib/i18n'
import { text } from '../../../../lib/localize'
import { docPaths } from '../../../../lib/paths'

export const getStaticPaths = () => docPaths('festivals', 'festival')

export const GET: APIRoute = async ({ params, props, site: origin }) => {
  const site = await loadSite()
  const lang = params.lang as Lang
  const festival = site.festival(props.slug)
  return icsResponse(text(festival.name, lang), site, site.eventsSorted.filter((e) => e.festival === festival.slug), lang, origin!)
}
