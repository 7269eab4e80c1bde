import i18next, { type TFunction } from 'i18next'
import en from '../locales/en.json'
import zh from '../locales/zh.json'
import { buildsEverything } from './only'

export const LANGS = ['zh', 'en'] as const
export type Lang = (typeof LANGS)[number]
export const DEFAULT_LANG: Lang = 'zh'
/** BCP 47 tags for <html lang>, hreflang and og:locale. */
export const LANG_TAG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' }
export const OG_LOCALE: Record<Lang, string> = { zh: 'zh_CN', en: 'en_GB' }
export const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh')
export const isLang = (value: unknown): value is Lang => LANGS.includes(value as Lang)

// One i18next instance, initialised synchronously from the bundled locale files: UI strings
// never depend on the network or on the content snapshot.
const instance = i18next.createInstance()
void instance.init({
  resources: { zh: { translation: zh }, en: { translation: en } },
  lng: DEFAULT_LANG,
  fallbackLng: DEFAULT_LANG,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
})

const fixed = new Map<Lang, TFunction>(LANGS.map((lang) => [lang, instance.getFixedT(lang)]))
/** The UI-string function for one language. */
export const useT = (lang: Lang): TFunction => fixed.get(lang)!

/** getStaticPaths for pages that exist once per language. */
export const langPaths = () => (buildsEverything() ? LANGS.map((lang) => ({ params: { lang } })) : [])
