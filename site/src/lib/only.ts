/**
 * SITE_ONLY=<collection>/<slug> builds only that document's pages, in both languages: the CMS
 * preview (cms/src/preview/) renders one draft with the site's own templates this way, in seconds
 * rather than the full build's minutes. Unset, every page is built.
 */
export function onlyDocument(): { collection: string; slug: string } | undefined {
  const value = process.env.SITE_ONLY
  if (!value) return undefined
  const at = value.indexOf('/')
  if (at <= 0 || at === value.length - 1) throw new Error(`SITE_ONLY must be <collection>/<slug>, not "${value}"`)
  return { collection: value.slice(0, at), slug: value.slice(at + 1) }
}

/** Whether this document's pages are built. */
export function builds(collection: string, slug: string): boolean {
  const only = onlyDocument()
  return !only || (only.collection === collection && only.slug === slug)
}

/** Whether pages that are not one document's (home, listings, search, feeds, search index) are built. */
export const buildsEverything = () => !onlyDocument()
