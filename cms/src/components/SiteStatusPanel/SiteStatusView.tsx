'use client'
import { useConfig, useTranslation } from '@payloadcms/ui'
import type { SiteProblem, SiteStatusRecord } from '../../publishing/documentSiteState'
import { adminLanguage, docKey, type DocumentIds, reason, say, shanghaiTime, STATE_LABEL, UI, type AdminLanguage } from '../siteStatusText'
import { useDocumentIds, useSiteStatus } from '../useSiteStatus'

const STATE_COLOUR = { live: '#1a7f37', pending: '#9a6700', updating: '#0969da', failed: '#cf222e' } as const

/** The dashboard's view of the public site; polls so a publish shows without a reload. */
export function SiteStatusView({ initialStatus, initialIds }: { initialStatus: SiteStatusRecord; initialIds: DocumentIds }) {
  const { i18n } = useTranslation()
  const lang = adminLanguage(i18n.language)
  const { value: status, error } = useSiteStatus(initialStatus)
  const problems = status.problems ?? []
  const heldBack = status.heldBack ?? []
  const ids = useDocumentIds([...problems, ...heldBack], initialIds)
  const state = status.state ?? 'live'
  return (
    <section className="site-status-panel" data-site-state={state} aria-live="polite" style={{ marginBottom: '2rem' }}>
      <h2 style={{ marginBottom: '0.5rem' }}>
        {say(lang, UI.site)}:{' '}
        <span data-testid="site-state" style={{ color: STATE_COLOUR[state] }}>
          {say(lang, STATE_LABEL[state])}
        </span>
      </h2>
      <p data-testid="site-last-success">
        {say(lang, UI.lastSuccess)}: {shanghaiTime(lang, status.lastSuccess?.finishedAt ?? status.lastSuccess?.startedAt) ?? say(lang, UI.never)}
      </p>
      {error && <p role="alert">{say(lang, UI.unreachable)}</p>}
      {state === 'failed' && problems.length > 0 && <ProblemList lang={lang} title={say(lang, UI.problems)} problems={problems} ids={ids} testId="site-problems" />}
      {heldBack.length > 0 && <ProblemList lang={lang} title={say(lang, UI.heldBack)} problems={heldBack} ids={ids} testId="site-held-back" />}
    </section>
  )
}

function ProblemList({ lang, title, problems, ids, testId }: { lang: AdminLanguage; title: string; problems: SiteProblem[]; ids: DocumentIds; testId: string }) {
  const { config } = useConfig()
  return (
    <>
      <h3>{title}</h3>
      <ul data-testid={testId}>
        {problems.map((p, i) => {
          const id = ids[docKey(p)]
          const name = `${p.collection ?? '?'} → ${p.slug ?? '?'}`
          return (
            <li key={i}>
              {id ? <a href={`${config.routes.admin}/collections/${p.collection}/${id}`}>{name}</a> : <strong>{name}</strong>}
              {p.field ? ` · ${say(lang, UI.field)} ${p.field}` : ''}: {reason(lang, p)}
            </li>
          )
        })}
      </ul>
    </>
  )
}
