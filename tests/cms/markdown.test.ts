import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { lexicalToMarkdown, markdownToLexical } from '../../cms/src/content/markdown'
import { FIXTURE_CONTENT, REPO } from '../helpers/cms'

const media = new Map([['fig.jpg', 41]])
const toLexical = (md: string) =>
  markdownToLexical(md, {
    where: 'test.md',
    mediaId: (f) => {
      if (!media.has(f)) throw new Error('missing')
      return media.get(f)!
    },
  })
const toMarkdown = (state: ReturnType<typeof toLexical>) =>
  lexicalToMarkdown(state, { where: 'test', mediaFilename: (id) => [...media].find(([, v]) => v === id)![0] })

const SAMPLE = `## 引言

城市图书馆是**第三文化空间**[^1]，见[说明](https://example.org/a)与 *a **b*** 和 \`code\` 以及 ~~旧~~。

### 小节

> 图书馆是一个生长着的有机体。

![图 1 阅览室](media:fig.jpg)

| 年份 | 分馆 |
| --- | --- |
| 2012 | 10 |

1. 第一
2. 第二

- 甲
- 乙

文中 \\*星号\\* 与 \\[方括号\\] 照原样。

[^1]: 家庭和工作之外的第三空间，*见* Oldenburg。
`

describe('rich text: canonical Markdown ↔ Lexical', () => {
  it('round-trips every supported construct unchanged', () => {
    expect(toMarkdown(toLexical(SAMPLE))).toBe(SAMPLE)
  })

  it('stores the structures Payload’s editor uses', () => {
    const { root } = toLexical(SAMPLE)
    expect(root.children.map((n) => n.type)).toEqual(['heading', 'paragraph', 'heading', 'quote', 'block', 'table', 'list', 'list', 'paragraph'])
    const figure = root.children[4] as { fields: Record<string, unknown> }
    expect(figure.fields).toMatchObject({ blockType: 'figure', media: 41, caption: '图 1 阅览室' })
    const note = root.children[1].children!.find((n) => n.type === 'inlineBlock') as { fields: Record<string, unknown> }
    expect(note.fields).toMatchObject({ blockType: 'footnote', note: '家庭和工作之外的第三空间，*见* Oldenburg。' })
    const bold = root.children[1].children!.find((n) => n.text === '第三文化空间')
    expect(bold?.format).toBe(1)
  })

  it('numbers footnotes in order of appearance on the way out', () => {
    const md = 'A[^b] and B[^a].\n\n[^a]: Second.\n[^b]: First.\n'
    expect(toMarkdown(toLexical(md))).toBe('A[^1] and B[^2].\n\n[^1]: First.\n[^2]: Second.\n')
  })

  it('refuses what it cannot keep, naming the file and line', () => {
    expect(() => toLexical('# Title\n')).toThrow(/test\.md: line 1: headings are ## to ####/)
    expect(() => toLexical('Text with <b>html</b>\n')).toThrow(/test\.md: line 1: "html" is not supported/)
    expect(() => toLexical('![x](media:nope.jpg)\n')).toThrow(/figure image "nope\.jpg" is not in content\/media/)
    expect(() => toLexical('See[^9].\n')).toThrow(/footnote \[\^9\] has no definition/)
    expect(() => toLexical('- a\n  - nested\n')).toThrow(/no nesting/)
  })

  it('refuses editor content it cannot export, by name', () => {
    const state = { root: { type: 'root', version: 1, children: [{ type: 'horizontalrule', version: 1 }] } }
    expect(() => lexicalToMarkdown(state as never, { where: 'articles/x → body (en)', mediaFilename: String })).toThrow(
      'articles/x → body (en): "horizontalrule" is not supported in rich text',
    )
  })

  it('every Markdown file in content/ and the fixtures is canonical', () => {
    const files = [path.join(REPO, 'content'), FIXTURE_CONTENT].flatMap((dir) =>
      fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[])
        // Rich-text sidecars only (<slug>.<field>.<locale>.md): README.md and STYLE.md are documentation.
        .filter((f) => /\.(zh|en)\.md$/.test(f)).map((f) => path.join(dir, f)) : [],
    )
    expect(files.length).toBeGreaterThan(3)
    const anyMedia = { where: '', mediaId: () => 1 }
    for (const file of files) {
      const md = fs.readFileSync(file, 'utf8')
      const filename = /!\[[^\]]*\]\(media:([^)]+)\)/.exec(md)?.[1]
      const back = lexicalToMarkdown(markdownToLexical(md, { ...anyMedia, where: file }), { where: file, mediaFilename: () => filename ?? '' })
      // Compare only when figures name one file (the stand-in resolver maps every id to it).
      if (new Set([...md.matchAll(/\(media:([^)]+)\)/g)].map((m) => m[1])).size <= 1) expect(back, file).toBe(md)
    }
  })
})
