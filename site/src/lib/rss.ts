import { escapeXml } from './escape'
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
<title>${escapeXml(channel.title)}</title>
<link>${escapeXml(channel.url)}</link>
<atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>
<description>${escapeXml(channel.description)}</description>
<language>${LANG_TAG[channel.lang]}</language>
${items
  .map(
    (item) => `<item>
<title>${escapeXml(item.title)}</title>
<link>${escapeXml(item.url)}</link>
<guid isPermaLink="true">${escapeXml(item.url)}</guid>
${item.date ? `<pubDate>${new Date(item.date).toUTCString()}</pubDate>\n` : ''}${item.description ? `<description>${escapeXml(item.description)}</description>\n` : ''}${(item.categories ?? []).map((c) => `<category>${escapeXml(c)}</category>\n`).join('')}</item>`,
  )
  .join('\n')}
</channel>
</rss>
`
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
