import type { Field } from 'payload'
import { ContentError } from '../../content/errors'
import { lexicalToMarkdown, type LexicalState } from '../../content/markdown'
import { dataFields, isEmpty } from '../../lib/fieldTree'
import { LOCALES } from '../../lib/labels'
import { type Problem, problem, type PublishRule } from './types'

/** The converter's problems, in Chinese for the editors who work in Chinese. */
const IN_CHINESE: Array<[RegExp, string]> = [
  [/^line breaks inside a paragraph/, '段落内不能换行（Shift+Enter）：请另起一段'],
  [/^nested lists/, '不支持多级列表：列表只能有一级'],
  [/^heading .* is not allowed/, '标题只能用二级到四级（H2–H4）：一级标题是页面标题'],
  [/^check lists/, '不支持勾选列表'],
  [/^a figure has no image/, '有一个图没有选择图片'],
]
const chinese = (why: string) => IN_CHINESE.find(([pattern]) => pattern.test(why))?.[1] ?? `网站无法显示这部分内容（${why}）`

function unexportable(fields: Field[], doc: Record<string, unknown> | undefined, path = ''): Problem[] {
  return dataFields(fields).flatMap((field) => {
    const value = doc?.[field.name]
    const at = `${path}${field.name}`
    if (field.type === 'richText') {
      const byLocale = ('localized' in field && field.localized ? value : { zh: value }) as Record<string, unknown> | undefined
      return LOCALES.flatMap((locale) => {
        const state = byLocale?.[locale]
        if (isEmpty(state)) return []
        try {
          lexicalToMarkdown(state as LexicalState, { where: at, mediaFilename: () => 'figure.jpg' })
          return []
        } catch (error) {
          if (!(error instanceof ContentError)) throw error
          // A refused link address: the field's own validation names it better, on every save.
          // (An empty address, an internal link, has no field message: the export cannot write it.)
          if (/^the link (?!"" ).* is not allowed \(/.test(error.problem)) return []
          const language = locale === 'zh' ? { zh: '中文', en: 'Chinese' } : { zh: '英文', en: 'English' }
          return [problem(at, `${language.zh}内容：${chinese(error.problem)}`, `${language.en} text: ${error.problem}`)]
        }
      })
    }
    if (field.type === 'group') return unexportable(field.fields, value as Record<string, unknown>, `${at}.`)
    if (field.type === 'array' && Array.isArray(value)) {
      return value.flatMap((row, i) => unexportable(field.fields, row as Record<string, unknown>, `${at}.${i}.`))
    }
    return []
  })
}

/** Rich text holds only what the export can write as the content contract's Markdown (ARCHITECTURE.md). */
export const richTextExports: PublishRule = ({ fields, doc }) => unexportable(fields, doc)
