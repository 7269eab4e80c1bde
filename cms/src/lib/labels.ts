/** A label in both admin languages. Payload picks the one matching the editor's UI language. */
export const label = (zh: string, en: string) => ({ zh, en })

export const LOCALES = ['zh', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'zh'
