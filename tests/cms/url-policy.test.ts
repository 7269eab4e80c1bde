import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { snapshotFromContent } from '../../cms/src/content/fromContent'
import { lexicalToMarkdown, markdownToLexical } from '../../cms/src/content/markdown'
import { lexical } from '../../cms/src/content/markdown/lexical'
import { footnoteValidate, unsafeLexicalLinks, urlValidate } from '../../cms/src/fields/linkPolicy'
import { isSafeUrl, safeUrl, unsafeUrlMessage } from '../../cms/src/lib/safeUrl'
import { escapeXml, scriptJson } from '../../site/src/lib/escape'
import { calendar } from '../../site/src/lib/ics'
import { markdownToText, renderMarkdown } from '../../site/src/lib/markdown'
import { SAFE_URLS, TEXT_VECTORS, URL_VECTORS } from '../fixtures/hostile'
import { copyContent, tempDir } from '../helpers/cms'

const toLexical = (md: string) => markdownToLexical(md, { where: 'content/articles/x.body.zh.md', mediaId: () => 1 })

describe('the URL policy (cms/src/lib/safeUrl.ts)', () => {
  it.each(URL_VECTORS)('refuses %j', (url) => {
    expect(isSafeUrl(url)).toBe(false)
    expect(safeUrl(url)).toBeUndefined()
  })

  it.each(SAFE_URLS)('allows %j', (url) => {
    expect(safeUrl(url)).toBe(url.trim())
  })

  it('refuses what is not a string, and the empty string', () => {
    for (const value of [undefined, null, 42, {}, '', '   ']) expect(isSafeUrl(value)).toBe(false)
  })

  it('names the field and the link, in the admin language', () => {
    const field = { zh: '报名链接', en: 'Registration link' }
    expect(unsafeUrlMessage(field, 'javascript:x', 'zh')).toMatch(/^“报名链接”中的链接 "javascript:x" 不被允许/)
    expect(unsafeUrlMessage(field, 'javascript:x', 'en')).toMatch(/^Registration link: the link "javascript:x" is not allowed/)
    const both = unsafeUrlMessage(field, 'javascript:x')
    expect(both).toContain('报名链接')
    expect(both).toContain('Registration link')
  })
})

describe('CMS field validation', () => {
  const req = (language: string) => ({ req: { i18n: { language }, t: (key: string) => `t(${key})` } })

  it('a URL field refuses a dangerous link in the editor language and accepts a safe one or none', () => {
    const validate = urlValidate({ zh: '报名链接', en: 'Registration link' }) as (v: unknown, o: unknown) => unknown
    expect(validate('java\tscript:alert(1)', req('en'))).toBe(
      'Registration link: the link "java\\tscript:alert(1)" is not allowed: use an http, https, mailto or tel link, or a site address starting with / or #',
    )
    expect(validate('//evil.example', req('zh'))).toMatch(/^“报名链接”中的链接 "\/\/evil\.example" 不被允许/)
    expect(validate('https://example.org/', req('en'))).toBe(true)
    expect(validate('', req('en'))).toBe(true)
  })

  it('a footnote note refuses a dangerous Markdown link and is still required', () => {
    expect(footnoteValidate('见[此](vbscript:x)', req('en') as never)).toMatch(/^Note: the link "vbscript:x" is not allowed/)
    expect(footnoteValidate('见[此](https://example.org/)', req('en') as never)).toBe(true)
    expect(footnoteValidate('  ', req('zh') as never)).toBe('t(validation:required)')
  })
})

describe('Markdown ↔ Lexical keep to the policy', () => {
  it.each(URL_VECTORS.filter((u) => !/[\u0000-\u0020\\()<>"]/.test(u)))('markdownToLexical refuses [x](%s) naming the file', (url) => {
    expect(() => toLexical(`见[说明](${url})。\n`)).toThrow(/content\/articles\/x\.body\.zh\.md: line 1: the link .* is not allowed/)
  })

  it('refuses a dangerous link inside a footnote', () => {
    expect(() => toLexical('正文[^1]。\n\n[^1]: 见[此](javascript:alert(1))\n')).toThrow(/x\.body\.zh\.md: line 3: the link "javascript:alert\(1\)" is not allowed/)
    expect(() => toLexical('正文[^1]。\n\n[^1]: 见[此](&#106;avascript:alert(1))\n')).toThrow(/not allowed/)
  })

  it('keeps text that looks like a character reference as typed', () => {
    const state = lexical.root([lexical.paragraph([lexical.text('&lt;script&gt; &#106;avascript: & AT&T', 0)])])
    const md = lexicalToMarkdown(state, { where: 'x', mediaFilename: () => 'f' })
    expect(md).toBe('\\&lt;script\\&gt; \\&#106;avascript: & AT&T\n')
    expect(toLexical(md)).toEqual(state)
  })

  it('keeps safe links', () => {
    const md = '见[说明](https://example.org/a)与[本站](/zh/)。\n'
    expect(lexicalToMarkdown(toLexical(md), { where: 'x', mediaFilename: () => 'f.jpg' })).toBe(md)
  })

  it('finds dangerous links in Lexical (links, autolinks, footnotes) and the export refuses them', () => {
    const link = (url: string) => ({ type: 'link', version: 3, fields: { url, linkType: 'custom' }, children: [lexical.text('x', 0)] })
    const state = lexical.root([
      lexical.paragraph([link('https://ok.example'), link('JaVaScRiPt:alert(1)'), { ...link('vbscript:x'), type: 'autolink' }]),
      lexical.paragraph([lexical.inlineBlock('id', { blockType: 'footnote', note: '见[此](data:text/html,x)' })]),
    ])
    expect(unsafeLexicalLinks(state)).toEqual(['JaVaScRiPt:alert(1)', 'vbscript:x', 'data:text/html,x'])
    expect(() => lexicalToMarkdown(state, { where: 'articles → x: body.zh', mediaFilename: () => 'f' })).toThrow(
      /articles → x: body\.zh: the link "JaVaScRiPt:alert\(1\)" is not allowed/,
    )
  })
})

describe('a snapshot made straight from content/ (Netlify) keeps to the policy', () => {
  it('refuses dangerous links in rich text, footnotes and URL fields, naming document and field', () => {
    const dir = copyContent()
    fs.appendFileSync(path.join(dir, 'branches/fx-chess.description.zh.md'), '\n见[此](JaVaScRiPt:alert(1))[^9]。\n\n[^9]: 又见[彼](//evil.example)\n')
    const file = path.join(dir, 'events/fx-flash-mob.json')
    const event = JSON.parse(fs.readFileSync(file, 'utf8'))
    fs.writeFileSync(file, JSON.stringify({ ...event, registration: { ...event.registration, url: 'data:text/html,x' } }))
    expect(() => snapshotFromContent(dir, tempDir('snapshot'))).toThrow(
      [
        '3 content problems:',
        '  - branches/fx-chess → description.zh: the link "JaVaScRiPt:alert(1)" is not allowed: use an http, https, mailto or tel link, or a site address starting with / or #',
        '  - branches/fx-chess → description.zh: the link "//evil.example" is not allowed: use an http, https, mailto or tel link, or a site address starting with / or #',
        '  - events/fx-flash-mob → registration.url: the link "data:text/html,x" is not allowed: use an http, https, mailto or tel link, or a site address starting with / or #',
      ].join('\n'),
    )
  })
})

describe('escaping by context', () => {
  it('JSON inside <script> cannot end the element and parses to the same value', () => {
    for (const vector of TEXT_VECTORS) {
      const json = scriptJson({ name: vector, list: [vector] })
      expect(json).not.toMatch(/[<>&\u2028\u2029]/)
      expect(JSON.parse(json)).toEqual({ name: vector, list: [vector] })
    }
  })

  it('XML text loses only the characters XML forbids', () => {
    expect(escapeXml(']]><x a="1">&\u0001\u000b\ufffe\ud800 ok\t\n')).toBe(']]&gt;&lt;x a=&quot;1&quot;&gt;&amp; ok\t\n')
  })

  it('iCalendar TEXT cannot start a new line or property, and unsafe URLs are left out', () => {
    const ics = calendar('Cal\r\nX-INJECTED:1', [
      {
        uid: 'e1@library.test',
        title: 'a\r\nATTENDEE:mailto:evil@example.com',
        description: 'b\rLOCATION:x\nc; d, e\\',
        url: 'javascript:alert(1)',
        startsAt: '2013-10-12T06:00:00.000Z',
        endsAt: '2013-10-12T08:00:00.000Z',
      },
    ])
    const lines = ics.split('\r\n')
    expect(lines.filter((l) => /^(ATTENDEE|X-INJECTED|URL)[:;]/.test(l))).toEqual([])
    expect(lines.filter((l) => l.startsWith('LOCATION'))).toEqual([])
    expect(ics).toContain('SUMMARY:a\\nATTENDEE:mailto:evil@example.com')
    expect(ics).toContain('DESCRIPTION:b\\nLOCATION:x\\nc\\; d\\, e\\\\')
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('plain text of rich text (feeds, calendars) keeps escaped characters as typed', () => {
    expect(markdownToText('## a \\*b\\* \\<script> [x](https://e.example) \\&lt; \\# \\[y\\]\n')).toBe('a *b* <script> x &lt; # [y]')
  })

  it('rendered rich text drops dangerous links (keeping their text) and raw HTML', async () => {
    const md = [
      '见[坏链接](javascript:alert(1))与[好链接](https://example.org/)。',
      '',
      '<script>window.__pwned=1</script>',
      '',
      '<img src=x onerror=alert(1)> 与 <a href="javascript:alert(1)">x</a>',
      '',
      '[b](&#106;avascript:alert(1)) [c](//evil.example) [d](data:text/html,x)',
      '',
    ].join('\n')
    const { html } = await renderMarkdown(md, 'zh', 't')
    expect(html).toContain('坏链接')
    expect(html).toContain('<a href="https://example.org/">好链接</a>')
    expect(html).not.toMatch(/javascript:|<script|onerror|<img|evil\.example|data:/i)
  })
})
