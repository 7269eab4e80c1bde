import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Element } from 'hast'
import sharp from 'sharp'
import { articlePeople, citedArticle } from '../lib/articles'
import { escapeMarkup } from '../lib/escape'
import { gbtReference } from '../lib/citation'
import { formatDate } from '../lib/format'
import { useT, type Lang } from '../lib/i18n'
import { text } from '../lib/localize'
import { figcaption, renderMarkdown, type FigureMaker } from '../lib/markdown'
import { h } from '../lib/picture'
import { showsSampleContent } from '../lib/sample'
import type { Article, Issue, Journal, Localized } from '../lib/schemas'
import type { Site } from '../lib/site'
import { printStyles } from './styles'

/**
 * The print edition of one journal issue as one HTML document, for Chromium to paginate:
 *
 *   page 1  cover (full bleed)          page 2  masthead: journal, editorial board, ISSN/CN
 *   page 3  contents, with folios       then    editor's note, then each article on a new page
 *
 * Academic issues (《城市图书馆研究》) print each article in Chinese with its English title, authors,
 * abstract and key words, then notes and GB/T 7714 references; the parallel-text magazine
 * (《城市图书馆》) prints Chinese and English side by side, block by block, as the site does.
 * Page numbers are the PDF's page numbers; the contents get them from a first rendering
 * (`folios`), and `markers` adds an invisible marker at each article's start to find them by.
 */
export interface PrintOptions {
  /** The snapshot folder holding media/ (images print from their originals). */
  snapshot: string
  /** Start page of each article (slug → page), from the first rendering. */
  folios?: Map<string, number>
  /** Adds the start markers the first rendering is searched for. */
  markers?: boolean
}

export const startMarker = (slug: string) => `§start:${slug}§`

const zh = useT('zh')
const en = useT('en')
const esc = escapeMarkup
/** A localized string in one language, escaped ('' when missing). */
const str = (field: Localized | undefined, lang: Lang) => esc(text(field, lang))
/** 2013年第1期 / 2013, no. 1. */
export const issueLabel = (issue: Issue, lang: Lang) => useT(lang)('issue.label', { year: issue.year, number: issue.number })

export async function issueDocument(site: Site, issue: Issue, options: PrintOptions): Promise<string> {
  const journal = site.journal(issue.journal)
  const articles = site.issueArticles(issue)
  const runningHead = `${text(journal.title, 'zh')}  ${issueLabel(issue, 'zh')}`
  const parts = [
    await cover(issue, journal, options),
    masthead(site, issue, journal),
    contents(site, issue, options.folios),
    issue.editorsNote ? await editorsNote(site, issue, options.snapshot) : '',
  ]
  for (const { article } of articles) {
    parts.push(await withContext(`articles → ${article.slug}`, () => (journal.parallelText ? parallelArticle(site, article, options) : academicArticle(site, article, options))))
  }
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(`${text(journal.title, 'zh')} ${issueLabel(issue, 'zh')}`)}</title>
<style>${printStyles(runningHead)}</style>
</head>
<body class="${journal.parallelText ? 'parallel-text' : 'academic'}">
${parts.join('\n')}
</body>
</html>`
}

/** Errors from rendering say which document and field they come from. */
async function withContext<T>(where: string, render: () => Promise<T>): Promise<T> {
  try {
    return await render()
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`, { cause: error })
  }
}

const mediaUrl = (snapshot: string, file: string) => pathToFileURL(path.join(snapshot, 'media', file)).href

async function cover(issue: Issue, journal: Journal, { snapshot }: PrintOptions) {
  const image = issue.cover ?? journal.cover
  return `<section class="cover">
  ${image ? `<img class="cover-image" src="${esc(mediaUrl(snapshot, image))}" alt="">` : ''}
  <div class="cover-title">
    <p class="cover-journal" lang="zh-CN">${str(journal.title, 'zh')}</p>
    <p class="cover-journal-en" lang="en">${str(journal.title, 'en')}</p>
    <p class="cover-issue">${esc(issueLabel(issue, 'zh'))} <span lang="en">${esc(issueLabel(issue, 'en'))}</span></p>
    ${issue.title ? `<p class="cover-theme">${str(issue.title, 'zh')}<br><span lang="en">${str(issue.title, 'en')}</span></p>` : ''}
  </div>
</section>`
}

/** The imprint says the edition is a sample when the issue, its journal or any article in it holds invented facts. */
const printsSampleContent = (site: Site, issue: Issue, journal: Journal) =>
  showsSampleContent(issue, journal, site.issueArticles(issue).map(({ article }) => article), site.issueArticles(issue).flatMap(({ article }) => articlePeople(site, article).map(({ person }) => person)))

function masthead(site: Site, issue: Issue, journal: Journal) {
  const both = (key: string) => `${esc(zh(key))} <span lang="en">${esc(en(key))}</span>`
  const row = (label: string, zhValue: string, enValue = '') => `<tr><th>${label}</th><td>${zhValue}${enValue ? `<br><span lang="en">${enValue}</span>` : ''}</td></tr>`
  const board = (journal.editorialBoard ?? []).map((m) => `<li>${str(m.role, 'zh')} ${str(m.name, 'zh')} <span lang="en">${str(m.role, 'en')} ${str(m.name, 'en')}</span></li>`)
  return `<section class="masthead">
  <h2>${str(journal.title, 'zh')} <span lang="en">${str(journal.title, 'en')}</span></h2>
  <p>${esc(issueLabel(issue, 'zh'))}${issue.volume !== undefined ? ` · ${esc(zh('issue.volume', { volume: issue.volume }))}` : ''} <span lang="en">${esc(issueLabel(issue, 'en'))}</span></p>
  <table>
    ${row(both('print.editor'), esc(zh('site.name')), esc(en('site.name')))}
    ${journal.publisher ? row(both('print.publisher'), str(journal.publisher, 'zh'), str(journal.publisher, 'en')) : ''}
    ${journal.frequency ? row(both('print.frequency'), esc(zh(`journal.frequency.${journal.frequency}`)), esc(en(`journal.frequency.${journal.frequency}`))) : ''}
    ${issue.publishedAt ? row(both('print.publishedOn'), esc(formatDate(issue.publishedAt, 'zh')), esc(formatDate(issue.publishedAt, 'en'))) : ''}
    ${journal.issn ? row(both('print.issn'), `ISSN ${esc(journal.issn)}`) : ''}
    ${journal.cn ? row(both('print.cn'), `CN ${esc(journal.cn)}`) : ''}
  </table>
  ${board.length ? `<h3>${both('print.editorialBoard')}</h3><ul class="board">${board.join('')}</ul>` : ''}
  ${printsSampleContent(site, issue, journal) ? `<p class="sample-imprint">${esc(zh('print.sample'))}<br><span lang="en">${esc(en('print.sample'))}</span></p>` : ''}
</section>`
}

function contents(site: Site, issue: Issue, folios?: Map<string, number>) {
  const sections = (issue.toc ?? []).map((section) => {
    const entries = (section.articles ?? []).map((slug) => {
      const article = site.article(slug)
      const authors = citedArticle(site, article).authors
      const folio = folios?.get(slug)
      return `<li class="toc-entry">
        <span class="toc-title">${str(article.title, 'zh')}<span class="toc-authors">${esc(authors.map((a) => text(a.name, 'zh')).join('　'))}</span><br>
        <span class="toc-title-en" lang="en">${str(article.title, 'en')}<span class="toc-authors">${esc(authors.map((a) => text(a.name, 'en')).join(', '))}</span></span></span>
        <span class="toc-folio">${folio ?? '000'}</span>
      </li>`
    })
    return `<h3 class="toc-section">${str(section.section, 'zh')} <span lang="en">${str(section.section, 'en')}</span></h3><ol class="toc">${entries.join('')}</ol>`
  })
  return `<section class="contents"><h2>${esc(zh('print.contents'))} <span lang="en">${esc(en('print.contents').toUpperCase())}</span></h2>${sections.join('')}</section>`
}

async function editorsNote(site: Site, issue: Issue, snapshot: string) {
  const body = await withContext(`issues → ${issue.slug} editorsNote`, () => renderBodies(site, issue.editorsNote!, 'note', snapshot))
  return `<section class="editors-note"><h2>${esc(zh('issue.editorsNote'))} <span lang="en">${esc(en('issue.editorsNote'))}</span></h2>${body.zh}${body.en ? `<div lang="en">${body.en}</div>` : ''}</section>`
}

/** Figures print from the original file, at the size the page gives them, with the media document's alt text. */
const printFigure = (site: Site, snapshot: string): FigureMaker => async (file, caption, lang) => {
  const { width, height } = await sharp(path.join(snapshot, 'media', file)).metadata()
  const media = site.mediaFile(file)
  return h('figure', { className: ['figure'] }, [
    h('img', { src: mediaUrl(snapshot, file), width, height, alt: text(media.alt, lang) }),
    ...figcaption(caption, text(media.credit, lang)),
  ]) as Element
}

async function renderBodies(site: Site, value: Localized, id: string, snapshot: string) {
  const render = async (lang: Lang) => {
    const markdown = value[lang]
    if (!markdown) return undefined
    return withContext(`body.${lang}`, () => renderMarkdown(markdown, lang, `${id}-${lang}`, printFigure(site, snapshot)))
  }
  const [zhBody, enBody] = [await render('zh'), await render('en')]
  return { zh: zhBody?.html ?? '', en: enBody?.html ?? '', zhBody, enBody }
}

function people(site: Site, article: Article, lang: Lang) {
  const t = useT(lang)
  return articlePeople(site, article).map(({ person, role }) => {
    const prefix = role && role !== 'author' ? `${t(`role.${role}`)} ` : ''
    return { line: `${esc(prefix)}${str(person.name, lang)}`, affiliation: text(person.affiliation, lang) }
  })
}

function articleHead(site: Site, article: Article, lang: Lang, markers: boolean) {
  const who = people(site, article, lang)
  const affiliations = [...new Set(who.map((p) => p.affiliation).filter(Boolean))]
  return `<header class="article-head"${lang === 'en' ? ' lang="en"' : ''}>
    ${markers && lang === 'zh' ? `<span class="marker">${startMarker(article.slug)}</span>` : ''}
    <h2 class="article-title">${str(article.title, lang)}</h2>
    ${article.subtitle ? `<p class="subtitle">${str(article.subtitle, lang)}</p>` : ''}
    <p class="authors">${who.map((p) => p.line).join(lang === 'zh' ? '　' : ', ')}</p>
    ${affiliations.length ? `<p class="affiliations">${lang === 'zh' ? `（${esc(affiliations.join('；'))}）` : `(${esc(affiliations.join('; '))})`}</p>` : ''}
  </header>`
}

function abstractBlock(article: Article, lang: Lang) {
  const t = useT(lang)
  const keywords = article.keywords?.[lang]
  if (!article.abstract?.[lang] && !keywords?.length) return ''
  const gap = lang === 'zh' ? '' : ' ' // the Chinese labels end in a full-width colon
  return `<div class="abstract"${lang === 'en' ? ' lang="en"' : ''}>
    ${article.abstract?.[lang] ? `<p><strong>${esc(t('print.abstract'))}</strong>${gap}${str(article.abstract, lang)}</p>` : ''}
    ${keywords?.length ? `<p><strong>${esc(t('print.keywords'))}</strong>${gap}${esc(keywords.join(lang === 'zh' ? '；' : '; '))}</p>` : ''}
  </div>`
}

async function academicArticle(site: Site, article: Article, { snapshot, markers = false }: PrintOptions) {
  // The academic journal is printed in Chinese: an article without its Chinese text cannot go to press.
  if (!article.body?.zh) throw new Error('body.zh: the print edition of an academic issue needs the Chinese text')
  const body = await renderBodies(site, { zh: article.body.zh }, `a-${article.slug}`, snapshot)
  const notes = [
    article.receivedAt ? esc(zh('article.received', { date: formatDate(article.receivedAt, 'zh') })) : '',
    article.funding?.zh ? `${esc(zh('article.funding'))}${str(article.funding, 'zh')}` : '',
  ].filter(Boolean)
  const references = (article.references ?? []).map((ref) => `<li>${esc(gbtReference(ref))}</li>`)
  return `<article class="article">
  ${articleHead(site, article, 'zh', markers)}
  ${abstractBlock(article, 'zh')}
  ${notes.length ? `<p class="article-notes">${notes.join('<br>')}</p>` : ''}
  <div class="english-front">${articleHead(site, article, 'en', false)}${abstractBlock(article, 'en')}</div>
  <div class="body">${body.zh}</div>
  ${references.length ? `<section class="references"><h3>${esc(zh('article.references'))}</h3><ol>${references.join('')}</ol></section>` : ''}
</article>`
}

/** A figure is the same picture in both languages: printed once, across both columns, with both captions. */
const sharedFigure = (zhFigure: string, enFigure: string) => {
  const enCaption = enFigure.match(/<figcaption>.*<\/figcaption>/s)?.[0]?.replace('<figcaption>', '<figcaption lang="en">') ?? ''
  return zhFigure.replace(/<\/figure>$/, `${enCaption}</figure>`)
}

async function parallelArticle(site: Site, article: Article, { snapshot, markers = false }: PrintOptions) {
  const body = article.body ? await renderBodies(site, article.body, `a-${article.slug}`, snapshot) : undefined
  const zhBlocks = body?.zhBody?.blocks ?? []
  const enBlocks = body?.enBody?.blocks ?? []
  const pairs = Array.from({ length: Math.max(zhBlocks.length, enBlocks.length) }, (_, i) => {
    const [z, e] = [zhBlocks[i] ?? '', enBlocks[i] ?? '']
    if (z.startsWith('<figure') && e.startsWith('<figure')) return `<div class="pair figure-pair">${sharedFigure(z, e)}</div>`
    return `<div class="pair"><div class="col">${z}</div><div class="col" lang="en">${e}</div></div>`
  })
  return `<article class="article">
  <div class="heads">${articleHead(site, article, 'zh', markers)}${articleHead(site, article, 'en', false)}</div>
  ${pairs.join('\n')}
  ${body?.zhBody?.footnotes || body?.enBody?.footnotes ? `<div class="pair notes"><div class="col">${body?.zhBody?.footnotes ?? ''}</div><div class="col" lang="en">${body?.enBody?.footnotes ?? ''}</div></div>` : ''}
</article>`
}
