'use client'
import { useTranslation } from '@payloadcms/ui'
import { documentSiteState, publishedAt, type SiteStatusRecord } from '../../publishing/documentSiteState'
import { adminLanguage, reason, say, STATE_LABEL, UI } from '../siteStatusText'
import { usePolled, useSiteStatus } from '../useSiteStatus'

export type PublishedFields = { slug?: string | null; _status?: string | null; updatedAt?: string | null }

const STATE_COLOUR = { live: '#1a7f37', pending: '#9a6700', updating: '#0969da', failed: '#cf222e', heldBack: '#bc4c00', draft: '#57606a' } as const

type Props = {
  collection: string
  id?: string | number
  initialStatus: SiteStatusRecord
  initialPublished: PublishedFields | null
  urls?: { zh: string; en: string }
}

/** The document's badge; polls the site status and the published version, so a publish shows without a reload. */
export function DocumentSiteBadgeView({ collection, id, initialStatus, initialPublished, urls }: Props) {
  const { i18n } = useTranslation()
  const lang = adminLanguage(i18n.language)
  const { value: status } = useSiteStatus(initialStatus)
  const { value: published } = usePolled<PublishedFields | null>(
    id === undefined ? undefined : `/${collection}/${id}?depth=0&draft=false&select[slug]=true&select[_status]=true&select[updatedAt]=true`,
    initialPublished,
  )
  const { state, problems } = documentSiteState({ collection, slug: published?.slug, publishedAt: publishedAt(published) }, status)
  return (
    <div className="document-site-badge" data-document-site-state={state} style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center', marginInlineEnd: '1rem' }}>
      <span data-testid="document-site-state" style={{ border: `1px solid ${STATE_COLOUR[state]}`, color: STATE_COLOUR[state], borderRadius: '1rem', padding: '0.1rem 0.6rem', whiteSpace: 'nowrap' }}>
        {say(lang, STATE_LABEL[state])}
      </span>
      {state !== 'draft' && urls && (
        <span style={{ whiteSpace: 'nowrap' }}>
          {say(lang, UI.livePage)}:{' '}
          <a href={urls.zh} target="_blank" rel="noopener" hrefLang="zh-CN">
            {say(lang, UI.zhPage)}
          </a>{' '}
          ·{' '}
          <a href={urls.en} target="_blank" rel="noopener" hrefLang="en">
            {say(lang, UI.enPage)}
          </a>
        </span>
      )}
      {problems.length > 0 && (
        <details>
          <summary>{say(lang, state === 'heldBack' ? STATE_LABEL.heldBack : UI.problems)}</summary>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                {p.collection} → {p.slug}
                {p.field ? ` · ${say(lang, UI.field)} ${p.field}` : ''}: {reason(lang, p)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  )
}
