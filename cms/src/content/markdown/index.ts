export { markdownToLexical } from './toLexical'
export { lexicalToMarkdown } from './toMarkdown'
export type { LexicalState } from './lexical'
export { countBlocks } from './countBlocks'
