import { decodePDFRawStream, PDFDict, PDFName, PDFRawStream, PDFRef, type PDFDocument } from 'pdf-lib'

/**
 * Chromium (Skia) writes each font's ToUnicode map from the font's own character map, and the
 * Noto CJK fonts draw several characters with one glyph: an ideograph and its radical (文 may
 * come out as ⽂ U+2F42, 民 as ⺠ U+2EA0), the em dash and the horizontal bar (— as ―), the en
 * dash and the figure dash (– as ‒), when text is copied, searched or read aloud from the PDF.
 * This maps each such glyph back to the character running text means, in every ToUnicode map of
 * `doc`. Returns how many mappings changed.
 */
export function mendToUnicode(doc: PDFDocument): number {
  let changed = 0
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    const toUnicode = object instanceof PDFDict ? object.get(PDFName.of('ToUnicode')) : undefined
    if (!(toUnicode instanceof PDFRef)) continue
    const stream = doc.context.lookup(toUnicode)
    if (!(stream instanceof PDFRawStream)) continue
    const cmap = new TextDecoder().decode(decodePDFRawStream(stream).decode())
    const fixed = fixCmap(cmap)
    if (fixed.changed) {
      doc.context.assign(toUnicode, doc.context.flateStream(fixed.cmap))
      changed += fixed.changed
    }
  }
  return changed
}

const isRadical = (cp: number) => cp >= 0x2e80 && cp <= 0x2fdf
/** Dashes that share a glyph: the one text uses (破折号 is two em dashes). */
const DASHES = new Map([
  ['\u2015', '\u2014'],
  ['\u2012', '\u2013'],
])
/**
 * CJK Radicals Supplement forms that stand for whole characters, with those characters (after
 * Unicode's EquivalentUnifiedIdeograph.txt; NFKC maps the Kangxi radicals but not these). Pairs:
 * radical, ideograph.
 */
const SUPPLEMENT = new Map(
  [...'⺀冫⺁厂⺄乙⺅亻⺆冂⺈刀⺉刂⺊卜⺌小⺎兀⺐尢⺒巳⺓幺⺖忄⺗心⺘扌⺙攵⺛旡⺜日⺝月⺞歺⺟母⺠民⺡氵⺢氺⺣灬⺤爫⺦丬⺧牛⺨犭⺩王⺫罒⺬示⺭礻⺯糹⺰纟⺱罓⺶羊⺹耂⺺肀⺼肉⺾艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻈讠⻉贝⻊足⻋车⻌辶⻏阝⻐钅⻑長⻒镸⻓长⻔门⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻬齐⻮齿⻰龙⻳龟'].reduce<Array<[string, string]>>(
    (pairs, c, i, all) => (i % 2 ? pairs : [...pairs, [c, all[i + 1]]]),
    [],
  ),
)
const fromHex = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)))
const toHex = (s: string) => [...s].flatMap((c) => c.split('')).map((c) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')).join('')
/** Text as running text means it: radicals read as their ideographs, shared-glyph dashes as the usual ones. */
export const readableText = (s: string) =>
  [...s].map((c) => DASHES.get(c) ?? (isRadical(c.codePointAt(0)!) ? (SUPPLEMENT.get(c) ?? c.normalize('NFKC')) : c)).join('')

/** The CMap with such destinations replaced; ranges that reach them become single mappings. */
export function fixCmap(cmap: string): { cmap: string; changed: number } {
  let changed = 0
  const fixDst = (hex: string) => {
    const text = fromHex(hex)
    const fixedText = readableText(text)
    if (fixedText === text) return hex
    changed++
    return toHex(fixedText)
  }
  let out = cmap.replace(/beginbfchar([\s\S]*?)endbfchar/g, (_, body: string) =>
    `beginbfchar${body.replace(/(<[0-9A-Fa-f]+>\s*)<([0-9A-Fa-f]+)>/g, (_m, src: string, dst: string) => `${src}<${fixDst(dst)}>`)}endbfchar`,
  )
  const singles: string[] = []
  out = out.replace(/(\d+)\s+beginbfrange([\s\S]*?)endbfrange/g, (_all, _count: string, body: string) => {
    const kept: string[] = []
    for (const [entry, lo, hi, dst] of body.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]{4})>/g)) {
      const [from, to, start] = [parseInt(lo, 16), parseInt(hi, 16), parseInt(dst, 16)]
      if (![...Array(to - from + 1).keys()].some((i) => readableText(String.fromCodePoint(start + i)) !== String.fromCodePoint(start + i))) kept.push(entry)
      else for (let i = 0; i <= to - from; i++) singles.push(`<${(from + i).toString(16).toUpperCase().padStart(lo.length, '0')}> <${fixDst((start + i).toString(16).toUpperCase().padStart(4, '0'))}>`)
    }
    // Array-form ranges (<lo> <hi> [<d1> …]) are left as they are: Chromium does not write them.
    return kept.length ? `${kept.length} beginbfrange\n${kept.join('\n')}\nendbfrange` : ''
  })
  if (singles.length) {
    const blocks = Array.from({ length: Math.ceil(singles.length / 100) }, (_, i) => singles.slice(i * 100, i * 100 + 100))
    out = out.replace('endcmap', `${blocks.map((b) => `${b.length} beginbfchar\n${b.join('\n')}\nendbfchar\n`).join('')}endcmap`)
  }
  return { cmap: out, changed }
}
