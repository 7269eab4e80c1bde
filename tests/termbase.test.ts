import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { collections } from '../cms/src/collections'
import { forbiddenUses, loadTermbase, parseTermbase, searchSynonymGroups, searchSynonymsJson } from '../site/src/lib/termbase'
import { REPO, tempDir } from './helpers/cms'

/**
 * One name for each thing (content/termbase.json) and the English house style (content/STYLE.md):
 * content/, the site's UI strings (locales and MDX pages) and the CMS labels use no forbidden
 * variant, no US spelling and no month-first date.
 */
type Lang = 'zh' | 'en'
interface Text {
  where: string
  lang: Lang
  text: string
}

const hasHan = (s: string) => /\p{Script=Han}/u.test(s)
const guessLang = (s: string): Lang => (hasHan(s) ? 'zh' : 'en')

/** Fields that are identifiers or quote other works as published (reference titles keep their spelling). */
const NOT_PROSE = new Set(['slug', 'filename', 'url', 'doi', 'orcid', 'references', 'issn', 'cn', 'phone'])

/** Every string of a JSON document, with where it sits and its language (a localized field's key, else a guess). */
function jsonTexts(value: unknown, where: string, lang?: Lang): Text[] {
  if (typeof value === 'string') return [{ where, lang: lang ?? guessLang(value), text: value }]
  if (Array.isArray(value)) return value.flatMap((v, i) => jsonTexts(v, `${where}[${i}]`, lang))
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) =>
      NOT_PROSE.has(key) ? [] : jsonTexts(v, `${where}.${key}`, key === 'zh' || key === 'en' ? key : lang),
    )
  }
  return []
}

/** Markdown without link targets and media references (URLs and file names are not prose). */
const markdownProse = (md: string) => md.replace(/\]\([^)]*\)/g, ']').replace(/^---\n[\s\S]*?\n---\n/, (front) => front.replace(/^layout:.*$/m, ''))

const walk = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))

/**
 * The documents of a content/ folder: JSON field by field, Markdown sidecars whole. The files
 * beside the collection folders (termbase, README, STYLE) describe the rules and quote what they forbid.
 */
export function contentTexts(contentDir: string): Text[] {
  return walk(contentDir).flatMap((file) => {
    const where = path.relative(contentDir, file)
    if (!where.includes(path.sep)) return []
    if (file.endsWith('.json')) return jsonTexts(JSON.parse(fs.readFileSync(file, 'utf8')), where)
    const md = /\.(zh|en)\.md$/.exec(file)
    return md ? [{ where, lang: md[1] as Lang, text: markdownProse(fs.readFileSync(file, 'utf8')) }] : []
  })
}

function uiTexts(): Text[] {
  const locales = (['zh', 'en'] as const).flatMap((lang) =>
    jsonTexts(JSON.parse(fs.readFileSync(path.join(REPO, 'site/src/locales', `${lang}.json`), 'utf8')), `site/src/locales/${lang}.json`, lang),
  )
  const mdx = (['zh', 'en'] as const).flatMap((lang) => {
    const dir = path.join(REPO, 'site/src/pages', lang)
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => ({ where: `site/src/pages/${lang}/${f}`, lang, text: markdownProse(fs.readFileSync(path.join(dir, f), 'utf8')) }))
  })
  return [...locales, ...mdx]
}

/** Every `{ zh, en }` pair in the collection configs: labels, descriptions, option labels. */
function cmsLabels(): Text[] {
  const found: Text[] = []
  const seen = new Set<object>()
  const visit = (value: unknown, where: string) => {
    if (!value || typeof value !== 'object' || seen.has(value)) return
    seen.add(value)
    const pair = value as Record<string, unknown>
    if (typeof pair.zh === 'string' && typeof pair.en === 'string') {
      found.push({ where, lang: 'zh', text: pair.zh }, { where, lang: 'en', text: pair.en })
      return
    }
    for (const [key, v] of Object.entries(value)) if (typeof v !== 'function') visit(v, `${where}.${key}`)
  }
  for (const collection of collections) visit(collection, `cms collection ${collection.slug}`)
  return found
}

const findingsIn = (texts: Text[]) =>
  texts.flatMap(({ where, lang, text }) => forbiddenUses(text, lang).map((f) => `${where} (${lang}): “${f.found}” → use “${f.use}”`))

describe('the termbase', () => {
  it('names at least 30 entities and terms, each once in Chinese and once in English', () => {
    const { terms } = loadTermbase()
    expect(terms.length).toBeGreaterThanOrEqual(30)
    for (const term of terms) {
      expect(term.zh, term.id).toMatch(/\p{Script=Han}/u)
      expect(term.en, term.id).toMatch(/^[\p{Script=Latin}\d]/u)
    }
    expect(terms.filter((t) => t.forbidden).length).toBeGreaterThanOrEqual(30)
  })

  it('refuses a variant that is also a preferred name, naming the entry', () => {
    const broken = {
      terms: [
        { id: 'a', kind: 'term', zh: '读者证', en: 'library card' },
        { id: 'b', kind: 'term', zh: '借书证', en: 'borrowing card', forbidden: { en: ['Library Card'] } },
      ],
      spelling: [],
    }
    expect(() => parseTermbase(broken)).toThrow(/terms "b" forbidden\.en: "Library Card" is a preferred name/)
    expect(() => parseTermbase({ terms: [{ id: 'x', zh: '甲' }], spelling: [] })).toThrow(/termbase\.json → terms\.0\./)
  })

  it('finds forbidden variants, but not inside the preferred name', () => {
    expect(forbiddenUses('杭州图书馆生活主题分馆将于4月开馆', 'zh').map((f) => [f.found, f.use])).toContainEqual(['生活主题分馆', '杭州图书馆城市生活主题分馆'])
    expect(forbiddenUses('杭州图书馆城市生活主题分馆将于4月开馆', 'zh')).toEqual([])
    expect(forbiddenUses('“中心馆—总分馆”模式', 'zh').map((f) => f.use)).toEqual(['中心馆——总分馆'])
    expect(forbiddenUses('“中心馆——总分馆”模式', 'zh')).toEqual([])
    expect(forbiddenUses('各特色分馆', 'zh').map((f) => f.use)).toEqual(['专业分馆'])
    expect(forbiddenUses('The Citizen Center and the Citizen Classroom', 'en').map((f) => f.use).sort()).toEqual(['Citizen Centre', 'Citizens’ Classroom'])
    expect(forbiddenUses('Key words: reading', 'en').map((f) => f.use)).toEqual(['Keywords'])
  })

  it('finds US spellings as whole words and month-first dates', () => {
    expect(forbiddenUses('a colorful program', 'en').map((f) => f.found)).toEqual(['colorful', 'program'])
    expect(forbiddenUses('a colourful programme of events', 'en')).toEqual([])
    expect(forbiddenUses('Opens April 23, 2013', 'en').map((f) => f.termId)).toEqual(['date-format'])
    expect(forbiddenUses('Opens 23 April 2013', 'en')).toEqual([])
  })

  it('gives search its synonym groups, one per language, the house term first', () => {
    const groups = searchSynonymGroups().map((g) => g.terms)
    expect(groups.find((g) => g.includes('借书证'))).toEqual(['读者证', '借书证', '办证', '办借书证', '图书证', '办读者证', '办理读者证', '阅览证'])
    expect(groups.find((g) => g.includes('ebook'))).toEqual(['e-book', 'ebook', 'electronic book'])
    // The shortest form the name holds is the house term, so a short query is never narrowed.
    expect(groups.find((g) => g.includes('少儿馆'))![0]).toBe('少年儿童图书馆')
    expect(groups.find((g) => g.includes('电子图书馆'))).toEqual(['数字图书馆', '杭州数字图书馆', '电子图书馆'])
    // Synonyms that are only forms of the name (学习节 in 杭州学习节, "flash mob") make no group.
    expect(groups.flat()).not.toContain('学习节')
    expect(groups.flat()).not.toContain('flash mob')
    // Two parts of one name (最爱读的书, 最需要读的书) are not the same thing: no group.
    expect(groups.flat()).not.toContain('最需要读的书')
  })

  it('refuses a word that is a synonym of two terms, naming both', () => {
    const termbase = parseTermbase({
      terms: [
        { id: 'card', kind: 'term', zh: '读者证', en: 'library card', synonyms: { zh: ['借书证'] } },
        { id: 'other', kind: 'term', zh: '阅览证', en: 'reading pass', synonyms: { zh: ['借书证'] } },
      ],
      spelling: [],
    })
    expect(() => searchSynonymGroups(termbase)).toThrow('content/termbase.json → terms "other" synonyms.zh: "借书证" is also a name or synonym of "card"')
  })

  it('content/search-synonyms.json is generated from the termbase (npm run synonyms)', () => {
    const committed = fs.readFileSync(path.join(REPO, 'content/search-synonyms.json'), 'utf8')
    expect(committed, 'content/search-synonyms.json differs from the termbase: run `npm run synonyms`').toBe(searchSynonymsJson())
  })

  it('names the file and field of a forbidden variant in content', () => {
    const dir = tempDir('termbase-')
    fs.mkdirSync(path.join(dir, 'branches'))
    fs.writeFileSync(path.join(dir, 'branches/x.json'), JSON.stringify({ slug: 'x', summary: { zh: '佛学分馆是特色分馆', en: 'A specialty branch' } }))
    fs.writeFileSync(path.join(dir, 'branches/x.description.en.md'), 'Near the [Citizen Center](https://example.org/center).\n')
    expect(findingsIn(contentTexts(dir))).toEqual([
      'branches/x.description.en.md (en): “Citizen Center” → use “Citizen Centre”',
      'branches/x.json.summary.zh (zh): “特色分馆” → use “专业分馆”',
    ])
  })
})

describe('content and interface text use the termbase and the house style', () => {
  it('content/ has no forbidden variant', () => {
    const texts = contentTexts(path.join(REPO, 'content'))
    expect(texts.length).toBeGreaterThan(500) // the scan reads the seed, not an empty folder
    expect(findingsIn(texts)).toEqual([])
  })

  it('the site’s UI strings and MDX pages have none', () => {
    const texts = uiTexts()
    expect(texts.some((t) => t.text.includes('关键词'))).toBe(true)
    expect(findingsIn(texts)).toEqual([])
  })

  it('the CMS labels have none', () => {
    const texts = cmsLabels()
    expect(texts.some((t) => t.text === 'Keywords')).toBe(true)
    expect(findingsIn(texts)).toEqual([])
  })
})
