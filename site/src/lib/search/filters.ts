import type { Site } from '../content'
import { useT, type Lang } from '../i18n'
import { text } from '../localize'

/**
 * The search page's filter menus, from the snapshot at build time: the same values the pages give
 * Pagefind (SearchMeta's filters), so the page needs no filter index download before a query.
 */
export const FILTER_NAMES = ['type', 'journal', 'year', 'branch', 'series'] as const
export type FilterName = (typeof FILTER_NAMES)[number]

export function searchFilters(site: Site, lang: Lang): Record<FilterName, string[]> {
  const t = useT(lang)
  const sorted = (values: Array<string | undefined>) => [...new Set(values.filter((v): v is string => Boolean(v)))].sort((a, b) => a.localeCompare(b, lang))
  return {
    type: ['article', 'issue', 'journal', 'branch', 'event', 'series', 'festival', 'page'].map((type) => t(`search.types.${type}`)),
    journal: site.journals.map((j) => text(j.title, lang)),
    year: sorted([...site.issues.map((i) => String(i.year)), ...site.events.map((e) => e.startsAt.slice(0, 4)), ...site.festivals.map((f) => (f.year ? String(f.year) : undefined))]).reverse(),
    branch: site.branches.map((b) => text(b.name, lang)),
    series: site.series.map((s) => text(s.title, lang)),
  }
}
