import type { Element, ElementContent, Root, RootContent } from 'hast'
import { isSafeUrl } from '../../../cms/src/lib/safeUrl'

export { isSafeUrl, safeUrl } from '../../../cms/src/lib/safeUrl'

/**
 * The second line behind the CMS's URL policy, for HTML built from content (rich text): a link
 * whose target the policy refuses becomes its plain text; any other element loses the refused
 * URL attribute; raw HTML, event handlers and active elements never reach the page.
 */
// hast property names of attributes that hold a URL.
const URL_PROPERTIES = ['href', 'src', 'xLinkHref', 'action', 'formAction', 'poster', 'cite', 'data', 'background', 'ping']
const ACTIVE_ELEMENTS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'base', 'meta', 'link', 'svg', 'math', 'template', 'noscript'])

/** `srcset`: every candidate URL must pass. */
const safeSrcset = (value: unknown) =>
  (Array.isArray(value) ? value.join(', ') : String(value))
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0])
    .every((url) => !url || isSafeUrl(url))

function cleanElement(el: Element): ElementContent[] {
  const props = el.properties ?? {}
  for (const name of Object.keys(props)) {
    if (/^on/i.test(name)) delete props[name]
  }
  for (const name of URL_PROPERTIES) {
    if (props[name] === undefined || isSafeUrl(String(props[name]))) continue
    if (el.tagName === 'img' && name === 'src' && String(props.src).startsWith('media:')) continue // a figure, made next
    if (el.tagName === 'a') return cleanChildren(el.children) // keep the link text, drop the link
    delete props[name]
  }
  if (props.srcSet !== undefined && !safeSrcset(props.srcSet)) delete props.srcSet
  el.children = cleanChildren(el.children)
  return [el]
}

function cleanChildren(children: ElementContent[]): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child.type === 'element') return ACTIVE_ELEMENTS.has(child.tagName) ? [] : cleanElement(child)
    if ((child as { type: string }).type === 'raw') return []
    return [child]
  })
}

/** Cleans a rendered tree in place (see above). */
export function sanitizeTree(root: Root): Root {
  root.children = cleanChildren(root.children as ElementContent[]) as RootContent[]
  return root
}
