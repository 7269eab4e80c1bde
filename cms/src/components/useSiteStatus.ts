'use client'
import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import type { SiteProblem, SiteStatusRecord } from '../publishing/documentSiteState'
import { docKey, type DocumentIds, POLL_MS } from './siteStatusText'


/** Reads a JSON resource of the CMS API with the editor's session, every POLL_MS; keeps the last good answer. */
export function usePolled<T>(path: string | undefined, initial: T): { value: T; error: boolean } {
  const { config } = useConfig()
  const [value, setValue] = useState(initial)
  const [error, setError] = useState(false)
  useEffect(() => {
    if (!path) return
    let stopped = false
    const poll = async () => {
      try {
        const response = await fetch(`${config.serverURL}${config.routes.api}${path}`, { credentials: 'include', cache: 'no-store' })
        if (!response.ok) throw new Error(String(response.status))
        const body = (await response.json()) as T
        if (!stopped) {
          setValue(body)
          setError(false)
        }
      } catch {
        if (!stopped) setError(true)
      }
    }
    const timer = setInterval(poll, POLL_MS)
    return () => {
      stopped = true
      clearInterval(timer)
    }
  }, [path, config.serverURL, config.routes.api])
  return { value, error }
}

export const useSiteStatus = (initial: SiteStatusRecord) => usePolled('/globals/site-status?depth=0', initial)

/** Ids of the documents problems name, looked up when a name is new (one request per collection). */
export function useDocumentIds(problems: SiteProblem[], initial: DocumentIds): DocumentIds {
  const { config } = useConfig()
  const [ids, setIds] = useState(initial)
  const missing = problems.filter((p) => p.collection && p.slug && !(docKey(p) in ids))
  const wanted = missing.map(docKey).sort().join('|')
  useEffect(() => {
    if (!wanted) return
    const byCollection = new Map<string, string[]>()
    for (const key of wanted.split('|')) {
      const [collection, ...slug] = key.split('/')
      byCollection.set(collection, [...(byCollection.get(collection) ?? []), slug.join('/')])
    }
    for (const [collection, slugs] of byCollection) {
      const query = new URLSearchParams({ 'where[slug][in]': slugs.join(','), depth: '0', limit: '100', draft: 'true', 'select[slug]': 'true' })
      fetch(`${config.serverURL}${config.routes.api}/${encodeURIComponent(collection)}?${query}`, { credentials: 'include' })
        .then((r) => (r.ok ? r.json() : { docs: [] }))
        .then(({ docs }: { docs: Array<{ id: string | number; slug: string }> }) => {
          // Unknown names are remembered too (as empty), so they are not asked for again.
          setIds((old) => ({
            ...old,
            ...Object.fromEntries(slugs.map((s) => [`${collection}/${s}`, docs.find((d) => d.slug === s)?.id ?? ''])),
          }))
        })
        .catch(() => undefined)
    }
  }, [wanted, config.serverURL, config.routes.api])
  return ids
}
