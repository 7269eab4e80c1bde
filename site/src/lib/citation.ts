import type { Lang } from './i18n'
import type { Article, Contributor, Issue, Journal, Reference } from './schemas'
import { text } from './localize'
import { safeUrl } from './safeHtml'

/**
 * Citations: GB/T 7714-2015 (the Chinese national standard for bibliographic references) for the
 * reference list and "how to cite", and BibTeX / RIS files for reference managers.
 */
export interface CitedArticle {
  article: Article
  issue: Issue
  journal: Journal
  authors: Contributor[]
}

const zhStyle = (lang: Lang) => lang === 'zh'
const join = (parts: Array<string | undefined | false>) => parts.filter(Boolean).join('')
const authorList = (names: string[], lang: Lang) =>
  names.length > 3 ? `${names.slice(0, 3).join(', ')}, ${zhStyle(lang) ? '等' : 'et al'}` : names.join(', ')
/** GB/T 7714 lists the first three authors, then 等 / et al. */
const refAuthors = (authors: string | undefined) => {
  const names = (authors ?? '').split(/\s*[;；]\s*/).filter(Boolean)
  const latin = names.some((n) => /[a-z]/i.test(n))
  return names.length > 3 ? `${names.slice(0, 3).join(', ')}, ${latin ? 'et al' : '等'}` : names.join(', ')
}

/** One reference entry in GB/T 7714-2015 form (without its number). */
export function gbtReference(ref: Reference): string {
  const who = refAuthors(ref.authors)
  const head = join([who && `${who}. `, `${ref.title}[${ref.type}]`])
  const volIssue = join([ref.volume, ref.issue && `(${ref.issue})`])
  const pages = ref.pages ? `: ${ref.pages}` : ''
  const doi = ref.doi ? `. DOI:${ref.doi}` : ''
  switch (ref.type) {
    case 'J':
      return `${head}. ${join([ref.container, ref.year && `, ${ref.year}`, volIssue && `, ${volIssue}`, pages])}${doi}.`
    case 'N':
      return `${head}. ${join([ref.container, ref.year && `, ${ref.year}`, ref.pages && `(${ref.pages})`])}.`
    case 'EB/OL':
      return `${head}. ${join([ref.year && `(${ref.year})`, ref.accessed && `[${ref.accessed}]`, safeUrl(ref.url) && `. ${safeUrl(ref.url)}`])}${doi}.`
    case 'C':
    case 'A':
      return `${head}//${join([ref.container && `${ref.container}. `, ref.place && `${ref.place}: `, ref.publisher, ref.year && `, ${ref.year}`, pages])}${doi}.`
    default:
      return `${head}. ${join([ref.place && `${ref.place}: `, ref.publisher, ref.year && `, ${ref.year}`, pages])}${doi}.`
  }
}

const authorNames = (c: CitedArticle, lang: Lang) => c.authors.map((a) => text(a.name, lang))
const pages = (a: Article) => (a.pageStart ? (a.pageEnd ? `${a.pageStart}-${a.pageEnd}` : `${a.pageStart}`) : '')

/** How to cite an article in GB/T 7714-2015, in the reader's language. */
export function gbtArticle(c: CitedArticle, lang: Lang): string {
  const { article, issue, journal } = c
  const who = authorList(authorNames(c, lang), lang)
  const volIssue = join([issue.volume !== undefined && String(issue.volume), `(${issue.number})`])
  return `${join([who && `${who}. `])}${text(article.title, lang)}[J]. ${text(journal.title, lang)}, ${issue.year}, ${volIssue}${pages(article) ? `: ${pages(article)}` : ''}${article.doi ? `. DOI:${article.doi}` : ''}.`
}

const bibEscape = (s: string) => s.replace(/([{}\\&%$#_])/g, '\\$1')

export function bibtex(c: CitedArticle, lang: Lang): string {
  const { article, issue, journal } = c
  const fields: Array<[string, string | undefined]> = [
    ['title', text(article.title, lang)],
    ['author', authorNames(c, lang).join(' and ')],
    ['journal', text(journal.title, lang)],
    ['year', String(issue.year)],
    ['volume', issue.volume !== undefined ? String(issue.volume) : undefined],
    ['number', String(issue.number)],
    ['pages', pages(article).replace('-', '--') || undefined],
    ['doi', article.doi],
    ['issn', journal.issn],
    ['language', lang === 'zh' ? 'chinese' : 'english'],
  ]
  const body = fields.filter(([, v]) => v).map(([k, v]) => `  ${k} = {${bibEscape(v!)}}`).join(',\n')
  return `@article{${article.slug},\n${body}\n}\n`
}

export function ris(c: CitedArticle, lang: Lang): string {
  const { article, issue, journal } = c
  const lines: Array<[string, string | undefined]> = [
    ['TY', 'JOUR'],
    ...authorNames(c, lang).map((name): [string, string] => ['AU', name]),
    ['TI', text(article.title, lang)],
    ['JO', text(journal.title, lang)],
    ['PY', String(issue.year)],
    ['VL', issue.volume !== undefined ? String(issue.volume) : undefined],
    ['IS', String(issue.number)],
    ['SP', article.pageStart !== undefined ? String(article.pageStart) : undefined],
    ['EP', article.pageEnd !== undefined ? String(article.pageEnd) : undefined],
    ['DO', article.doi],
    ['SN', journal.issn],
    ['AB', text(article.abstract, lang) || undefined],
    ...(article.keywords?.[lang] ?? []).map((k): [string, string] => ['KW', k]),
    ['LA', lang === 'zh' ? 'zh' : 'en'],
    ['ER', ''],
  ]
  return `${lines.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}  - ${v}`.trimEnd()).join('\r\n')}\r\n`
}
