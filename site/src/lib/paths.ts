import { loadSite } from './content'
import { LANGS } from './i18n'
import { builds } from './only'

/** getStaticPaths for one page per document and language. */
export async function docPaths<K extends 'journals' | 'issues' | 'articles' | 'branches' | 'festivals' | 'series' | 'events' | 'pages'>(
  collection: K,
  param: string,
) {
  const site = await loadSite()
  return LANGS.flatMap((lang) => site[collection].filter((doc) => builds(collection, doc.slug)).map((doc) => ({ params: { lang, [param]: doc.slug }, props: { slug: doc.slug } })))
}
