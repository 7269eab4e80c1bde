import { blockCount } from '../blockCount'
import { findPublished } from './lookup'
import { idOf, problem, type PublishRule } from './types'

export { blockCount }

/** The rule as editors read it (the body field's description says the same). */
export const PARALLEL_TEXT_RULE = {
  zh: '《城市图书馆》等中英对照期刊：中文正文和英文正文的段落（含标题、列表、图、表）数目必须相同，第 n 段中文对应第 n 段英文。',
  en: 'Parallel-text journals (City Library): the Chinese and English bodies must have the same number of blocks (paragraphs, headings, lists, figures, tables); block n in Chinese translates block n in English.',
}

/** Parallel-text journals: the site and the print edition pair zh and en bodies block by block. */
export const parallelTextAligns: PublishRule = async ({ doc, req }) => {
  const issueId = idOf(doc.issue)
  if (issueId === undefined) return []
  const [issue] = await findPublished(req, 'issues', [issueId], { journal: true })
  const journalId = idOf(issue?.journal)
  if (journalId === undefined) return []
  const [journal] = await findPublished(req, 'journals', [journalId], { parallelText: true })
  if (!journal?.parallelText) return []
  const body = (doc.body ?? {}) as { zh?: unknown; en?: unknown }
  let zh: number, en: number
  try {
    zh = blockCount(body.zh)
    en = blockCount(body.en)
  } catch {
    return [] // a body the export cannot write at all: rules/richText.ts says why
  }
  if (zh === 0 || en === 0) {
    return [problem('body', '中英对照文章需要中文和英文两种正文', 'A parallel-text article needs both the Chinese and the English body')]
  }
  if (zh === en) return []
  return [
    problem(
      'body',
      `中英文段落未对齐：中文 ${zh} 段，英文 ${en} 段。${PARALLEL_TEXT_RULE.zh}`,
      `The parallel text does not align: ${zh} Chinese blocks but ${en} English blocks. ${PARALLEL_TEXT_RULE.en}`,
    ),
  ]
}
