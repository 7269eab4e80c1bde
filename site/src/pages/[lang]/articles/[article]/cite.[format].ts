import type { APIRoute } from 'astro'
import { citedArticle } from '../../../../lib/articles'
import { bibtex, ris } from '../../../../lib/citation'
import { loadSite } from '../../../../lib/content'
import { LANGS, type Lang } from '../../../../lib/i18n'
import { builds } from '../../../../lib/only'

/** BibTeX and RIS downloads of an article's citation. */
export async function getStaticPaths() {
  const site = await loadSite()
  return LANGS.flatMap((lang) =>
    site.articles.filter((a) => builds('articles', a.slug)).flatMap((a) => ['bib', 'ris'].map((format) => ({ params: { lang, article: a.slug, format }, props: { slug: a.slug } }))),
  )
}

export const GET: APIRoute = async ({ params, props }) => {
  const site = await loadSite()
  const cited = citedArticle(site, site.article(props.slug))
  const lang = params.lang as Lang
  return params.format === 'bib'
    ? new Response(bibtex(cited, lang), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } })
    : new Response(ris(cited, lang), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } })
}
