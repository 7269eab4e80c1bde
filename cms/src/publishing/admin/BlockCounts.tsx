'use client'
import { useDocumentInfo, useFormFields, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { blockCount } from '../blockCount'

type Counts = { zh?: number; en?: number }
const count = (state: unknown): number | undefined => {
  try {
    return state ? blockCount(state) : 0
  } catch {
    return undefined // content the export cannot write: the publish check says why
  }
}

/** Is the article's issue in a parallel-text journal? Asked of the API as the editor. */
async function isParallel(issue: unknown): Promise<boolean> {
  if (issue == null || issue === '') return false
  const id = typeof issue === 'object' ? (issue as { id?: unknown }).id : issue
  const response = await fetch(`/api/issues/${String(id)}?depth=1&draft=true`, { credentials: 'include' })
  if (!response.ok) return false
  const doc = (await response.json()) as { journal?: { parallelText?: boolean } }
  return Boolean(doc.journal?.parallelText)
}

/**
 * Live block counts of the zh and en bodies beside the body of a parallel-text article: the one
 * being edited counts as the editor types, the other comes from the saved draft.
 */
export function BlockCounts() {
  const { id } = useDocumentInfo()
  const locale = useLocale()
  const { i18n } = useTranslation()
  const body = useFormFields(([fields]) => fields.body?.value)
  const issue = useFormFields(([fields]) => fields.issue?.value)
  const [parallel, setParallel] = useState(false)
  const [other, setOther] = useState<number | undefined>(undefined)
  const current = locale.code === 'en' ? 'en' : 'zh'
  const otherLocale = current === 'zh' ? 'en' : 'zh'

  useEffect(() => {
    void isParallel(issue).then(setParallel)
  }, [issue])
  useEffect(() => {
    if (!id || !parallel) return
    void fetch(`/api/articles/${String(id)}?locale=${otherLocale}&fallback-locale=null&draft=true&depth=0`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : undefined))
      .then((doc: { body?: unknown } | undefined) => setOther(count(doc?.body)))
  }, [id, parallel, otherLocale])

  if (!parallel) return null
  const counts: Counts = { [current]: count(body), [otherLocale]: other }
  const aligned = counts.zh !== undefined && counts.zh === counts.en && counts.zh > 0
  const zh = i18n.language === 'zh'
  const n = (v: number | undefined) => (v === undefined ? '?' : String(v))
  return (
    <p className="field-description" data-block-counts={aligned ? 'aligned' : 'misaligned'} role="status" style={{ color: aligned ? undefined : 'var(--theme-error-500)' }}>
      {zh
        ? `中文 ${n(counts.zh)} 段 · 英文 ${n(counts.en)} 段${aligned ? '：已对齐' : '：未对齐，发布前须相同'}`
        : `Chinese ${n(counts.zh)} blocks · English ${n(counts.en)} blocks${aligned ? ': aligned' : ': not aligned, they must match before publishing'}`}
    </p>
  )
}
