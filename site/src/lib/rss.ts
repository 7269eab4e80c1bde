import { escapeMarkup } from './escape'
import type { Lang } from './i18n'
import { LANG_TAG } from './i18n'

/** RSS 2.0 feeds (journals' articles, festival events). */
export interface FeedItem {
  title: string
  url: string
  date?: string
  description?: string
  categories?: string[]
}


export function rss(channel: { title: string; url: string; feedUrl: string; description: string; lang: Lang }, items: FeedItem[]): Response {
  const body = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${escapeMarkup(channel.title)}</title>
<link>${escapeMarkup(channel.url)}</link>
<atom:link href="${escapeMarkup(channel.feedUrl)}" rel="self" type="application/rss+xml"/>
<description>${escapeMarkup(channel.description)}</description>
<language>${LANG_TAG[channel.lang]}</language>
${items
  .map(
    (item) => `<item>
<title>${escapeMarkup(item.title)}</title>
<link>${escapeMarkup(item.url)}</link>
<guid isPermaLink="true">${escapeMarkup(item.url)}</guid>
${item.date ? `<pubDate>${new Date(item.date).toUTCString()}</pubDate>\n` : ''}${item.description ? `<description>${escapeMarkup(item.description)}</description>\n` : ''}${(item.categories ?? []).map((c) => `<category>${escapeMarkup(c)}</category>\n`).join('')}</item>`,
  )
  .join('\n')}
</channel>
</rss>
`
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
