/** A label in both admin languages. Payload picks the one matching the editor's UI language. */
export const label = (zh: string, en: string) => ({ zh, en })

export const LOCALES = ['zh', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'zh'

/** The language of the editor's admin (English when they chose it, else Chinese), for our own messages. */
export const editorLanguage = (req: { i18n?: { language?: string } } | undefined): Locale => (req?.i18n?.language === 'en' ? 'en' : 'zh')
