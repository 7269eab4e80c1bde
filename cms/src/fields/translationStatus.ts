import type { CollectionBeforeChangeHook, Field, PayloadRequest } from 'payload'
import { label, LOCALES } from '../lib/labels'
import { localizedPresence, overlayLocale } from '../lib/fieldTree'

export const TRANSLATION_STATUSES = ['complete', 'missing-en', 'missing-zh', 'partial'] as const

/**
 * Read-only, derived: which locale a document still lacks. Shown as a list column and filter so
 * editors see at a glance what needs translating. Not part of the content contract (not exported).
 */
export const translationStatusField = (): Field => ({
  name: 'translationStatus',
  type: 'select',
  label: label('翻译状态', 'Translation'),
  options: [
    { value: 'complete', label: label('中英齐全', 'Both languages') },
    { value: 'missing-en', label: label('缺英文', 'English missing') },
    { value: 'missing-zh', label: label('缺中文', 'Chinese missing') },
    { value: 'partial', label: label('部分字段未译', 'Partly translated') },
  ],
  index: true,
  admin: { position: 'sidebar', readOnly: true },
})

/** Works out, before each save, which locales the document will hold (a save carries one locale). */
/**
 * The document in every locale as a save will leave it, keyed by the save's data object, for later
 * beforeChange hooks (media/usage.ts). Not the hook context: the Local API read inside this hook
 * gives the request a fresh context object.
 */
export const allLocalesOf = new WeakMap<object, Record<string, unknown>>()

export const setTranslationStatus: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const locale = req.locale && req.locale !== 'all' ? req.locale : 'zh'
  const stored = originalDoc?.id ? await readAllLocales(req, collection.slug, originalDoc.id) : undefined
  const merged = overlayLocale(collection.fields, stored as never, data, locale)
  allLocalesOf.set(data, merged)
  const { localizedCount, present } = localizedPresence(collection.fields, merged, LOCALES)
  const zh = present.get('zh')!
  const en = present.get('en')!
  data.translationStatus =
    zh === localizedCount && en === localizedCount
      ? 'complete'
      : en === 0
        ? 'missing-en'
        : zh === 0
          ? 'missing-zh'
          : 'partial'
  return data
}

/**
 * The stored document in every locale, inside the save's transaction. The Local API writes the
 * locale it is asked for onto the request it is given, so the save's own locale is put back.
 */
export async function readAllLocales(req: PayloadRequest, collection: string, id: number | string) {
  const { locale, fallbackLocale } = req
  try {
    return await req.payload.findByID({
      collection: collection as never,
      id,
      locale: 'all',
      fallbackLocale: false,
      draft: true,
      depth: 0,
      overrideAccess: true,
      req,
    })
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
