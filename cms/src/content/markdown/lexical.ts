/** The slice of Lexical's serialized JSON that our rich text uses (Payload's editor writes these). */
export type LexicalText = { type: 'text'; text: string; format: number; detail: 0; mode: 'normal'; style: ''; version: 1 }
export type LexicalNode = { type: string; version: number; children?: LexicalNode[]; [key: string]: unknown }
export type LexicalState = { root: LexicalNode & { type: 'root'; children: LexicalNode[] } }

export const FORMAT = { bold: 1, italic: 2, strikethrough: 4, code: 16 } as const

const element = (type: string, children: LexicalNode[], extra: Record<string, unknown> = {}): LexicalNode => ({
  type,
  version: 1,
  children,
  direction: null,
  format: '',
  indent: 0,
  ...extra,
})

export const lexical = {
  root: (children: LexicalNode[]): LexicalState => ({ root: { ...element('root', children), type: 'root', children } }),
  text: (text: string, format: number): LexicalText => ({ type: 'text', text, format, detail: 0, mode: 'normal', style: '', version: 1 }),
  paragraph: (children: LexicalNode[]) => element('paragraph', children, { textFormat: 0, textStyle: '' }),
  heading: (tag: string, children: LexicalNode[]) => element('heading', children, { tag }),
  quote: (children: LexicalNode[]) => element('quote', children),
  list: (ordered: boolean, start: number, items: LexicalNode[]) =>
    element('list', items, { listType: ordered ? 'number' : 'bullet', start, tag: ordered ? 'ol' : 'ul' }),
  listItem: (value: number, children: LexicalNode[]) => element('listitem', children, { value }),
  link: (url: string, children: LexicalNode[]) =>
    element('link', children, { version: 3, fields: { linkType: 'custom', newTab: false, url } }),
  table: (rows: LexicalNode[]) => element('table', rows),
  tableRow: (cells: LexicalNode[]) => ({ type: 'tablerow', version: 1, children: cells, direction: null, format: '', indent: 0 }),
  tableCell: (header: boolean, children: LexicalNode[]) =>
    element('tablecell', [lexical.paragraph(children)], { headerState: header ? 1 : 0, colSpan: 1, rowSpan: 1, backgroundColor: null }),
  block: (id: string, fields: Record<string, unknown>): LexicalNode => ({
    type: 'block',
    version: 2,
    format: '',
    fields: { id, blockName: '', ...fields },
  }),
  inlineBlock: (id: string, fields: Record<string, unknown>): LexicalNode => ({
    type: 'inlineBlock',
    version: 1,
    fields: { id, blockName: '', ...fields },
  }),
}
