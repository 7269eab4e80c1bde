import { LANG_TAG, useT, type Lang } from '../i18n'

/**
 * The search page's count line in every plural form of the language, with `{n}` and `{q}` for the
 * script to fill: English "1 result" / "2 results", Chinese one form. Each form is rendered with a
 * count of its own category, so i18next picks the key (`results_one`, `results_other`) it names.
 */
export function searchCountStrings(lang: Lang): Record<string, string> {
  const t = useT(lang)
  const rules = new Intl.PluralRules(LANG_TAG[lang])
  const out: Record<string, string> = {}
  for (const category of rules.resolvedOptions().pluralCategories) {
    const n = sampleCount(rules, category)
    if (n === undefined) continue
    out[category] = t('search.results', { count: n, query: '{q}' }).replace(String(n), '{n}')
  }
  return out
}

/** The smallest count in the category (0…1000), so that its numeral can be found and replaced. */
function sampleCount(rules: Intl.PluralRules, category: string) {
  for (let n = 0; n <= 1000; n++) if (rules.select(n) === category) return n
  return undefined
}
