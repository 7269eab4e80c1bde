/**
 * Page geometry and type of the print edition. A4 trim (210 × 297 mm, the common size of Chinese
 * journals) with 3 mm bleed on every side, so the PDF page is 216 × 303 mm (to Chromium's
 * rounding, a tenth of a millimetre) and the finishing step sets TrimBox and BleedBox. Margins are
 * mirrored for facing pages (inner wider than outer); the cover bleeds to the edge.
 * Type: Noto Serif/Sans CJK SC; English in Liberation Serif/Sans (scripts/ensure-browser.sh installs both).
 */
export const TRIM = { width: 210, height: 297 } as const
export const BLEED = 3
const MARGIN = { top: 22, bottom: 24, inner: 22, outer: 18 }
/** Width of the text block, in mm: what images are measured against for their printed resolution. */
export const TEXT_WIDTH = TRIM.width - MARGIN.inner - MARGIN.outer
const mm = (n: number) => `${n}mm`
/** CSS string literal. */
const cssString = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`

export function printStyles(runningHead: string): string {
  const page = { width: TRIM.width + 2 * BLEED, height: TRIM.height + 2 * BLEED }
  const [top, bottom, inner, outer] = [MARGIN.top, MARGIN.bottom, MARGIN.inner, MARGIN.outer].map((n) => mm(n + BLEED))
  const head = cssString(runningHead)
  return `
@page { size: ${mm(page.width)} ${mm(page.height)}; margin: ${top} ${outer} ${bottom} ${inner}; }
@page :left {
  margin-left: ${outer}; margin-right: ${inner};
  @top-left { content: ${head}; font: 8pt "Noto Sans CJK SC", sans-serif; color: #555; vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-left { content: counter(page); font: 9pt "Noto Sans CJK SC", sans-serif; vertical-align: top; padding-top: 4mm; }
}
@page :right {
  margin-left: ${inner}; margin-right: ${outer};
  @top-right { content: ${head}; font: 8pt "Noto Sans CJK SC", sans-serif; color: #555; vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-right { content: counter(page); font: 9pt "Noto Sans CJK SC", sans-serif; vertical-align: top; padding-top: 4mm; }
}
/* Cover and masthead carry no running head or folio. */
@page cover { margin: 0; @top-right { content: none; } @bottom-right { content: none; } }
@page front { @top-left { content: none; } @bottom-left { content: none; } @top-right { content: none; } @bottom-right { content: none; } }

html { font: 10pt/1.75 "Noto Serif CJK SC", serif; color: #111; line-break: strict; text-autospace: normal; }
body { margin: 0; }
/* English in a Latin face first: the CJK faces set quotes and apostrophes full width. */
[lang="en"] { line-height: 1.5; font-family: "Liberation Serif", "Noto Serif CJK SC", serif; }
h2[lang="en"], [lang="en"] h2, [lang="en"] h3, .cover [lang="en"], .cover-journal-en, .toc [lang="en"] { font-family: "Liberation Sans", "Noto Sans CJK SC", sans-serif; }
h2, h3, .cover p, .toc, th { font-family: "Noto Sans CJK SC", sans-serif; }
img { max-width: 100%; height: auto; }

.cover { page: cover; position: relative; width: ${mm(page.width)}; height: ${mm(page.height)}; overflow: hidden; background: #7a1a12; color: #fff; break-after: page; }
.cover-image { position: absolute; inset: 0; width: 100%; height: 100%; object-fit: cover; max-width: none; }
.cover-title { position: absolute; left: ${mm(BLEED + 16)}; right: ${mm(BLEED + 16)}; top: ${mm(BLEED + 20)}; padding: 8mm 10mm; background: rgba(122, 26, 18, 0.88); }
.cover-journal { font-size: 36pt; font-weight: 700; margin: 0; letter-spacing: 0.1em; }
.cover-journal-en { font-size: 16pt; margin: 0 0 6mm; }
.cover-issue { font-size: 14pt; margin: 0; }
.cover-theme { font-size: 12pt; margin: 4mm 0 0; }

.masthead { page: front; break-after: page; padding-top: 120mm; font-size: 9pt; }
.masthead h2 { font-size: 14pt; }
.masthead table { border-collapse: collapse; margin: 4mm 0; }
.masthead th { text-align: left; font-weight: 500; padding: 1mm 6mm 1mm 0; vertical-align: top; }
.masthead .sample-imprint { margin-top: 6mm; border-top: 0.3pt solid #888; padding-top: 2mm; font-size: 8pt; }
.masthead td { padding: 1mm 0; }
.board { list-style: none; padding: 0; columns: 2; }

.contents { break-before: page; }
.contents h2 { font-size: 20pt; border-bottom: 1.5pt solid #7a1a12; padding-bottom: 2mm; }
.toc-section { font-size: 10pt; color: #7a1a12; margin: 5mm 0 1mm; }
.toc { list-style: none; padding: 0; margin: 0; }
.toc-entry { display: flex; align-items: baseline; gap: 4mm; padding: 1.5mm 0; border-bottom: 0.3pt dotted #999; break-inside: avoid; }
.toc-title { flex: 1; }
.toc-title-en { font-size: 8.5pt; color: #444; }
.toc-authors { margin-left: 3mm; font-size: 8.5pt; color: #444; }
.toc-folio { min-width: 8mm; text-align: right; font-variant-numeric: tabular-nums; }

.editors-note { break-before: page; }
/* Each article opens a new page (Chromium does not honour break-before: right). */
.article { break-before: page; position: relative; }
.marker { position: absolute; top: 0; left: 0; font-size: 1px; color: #fff; }
.article-title { font-size: 17pt; line-height: 1.4; margin: 0 0 2mm; }
.subtitle { font-size: 11pt; margin: 0 0 2mm; }
.authors { font-size: 11pt; margin: 0; }
.affiliations { font-size: 8.5pt; margin: 1mm 0 3mm; }
.abstract { font-size: 9pt; margin: 3mm 0; }
.abstract p { margin: 1mm 0; }
.english-front { margin: 4mm 0 6mm; padding-top: 3mm; border-top: 0.5pt solid #ccc; }
.english-front .article-title { font-size: 12pt; }
.english-front .authors { font-size: 9.5pt; }
.article-notes { font-size: 8pt; color: #333; border-top: 0.5pt solid #999; padding-top: 1mm; }
.body p { text-indent: 2em; margin: 0; text-align: justify; }
.body h2 { font-size: 11.5pt; margin: 4mm 0 2mm; break-after: avoid; }
.body h3 { font-size: 10.5pt; margin: 3mm 0 1mm; break-after: avoid; }
.figure { margin: 4mm 0; text-align: center; break-inside: avoid; }
.figure img { max-height: 110mm; width: auto; }
figcaption { font-size: 8.5pt; font-family: "Noto Sans CJK SC", sans-serif; }
figcaption .credit { display: block; font-size: 7.5pt; color: #555; }
table { border-collapse: collapse; font-size: 8.5pt; margin: 3mm auto; }
.body table th, .body table td { border-top: 0.5pt solid #333; border-bottom: 0.5pt solid #333; padding: 1mm 2mm; }
.footnotes { font-size: 8.5pt; margin-top: 4mm; border-top: 0.5pt solid #999; }
.footnotes h2 { font-size: 9pt; }
[data-footnote-backref] { display: none; }
.references { font-size: 8.5pt; margin-top: 4mm; }
.references h3 { font-size: 10pt; }
.references ol { padding-left: 6mm; }

.heads { display: grid; grid-template-columns: 1fr 1fr; gap: 8mm; margin-bottom: 5mm; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 8mm; margin-bottom: 2mm; }
.pair .col p { margin: 0 0 2mm; text-align: justify; }
.pair .col[lang="en"] { font-size: 9.5pt; color: #222; }
.figure-pair { display: block; }
/* A heading stays with the paragraph after it. */
.pair:has(h2, h3) { break-inside: avoid; break-after: avoid; }
.figure-pair figcaption[lang="en"] { margin-top: 0.5mm; }
a { color: inherit; text-decoration: none; }
`
}
