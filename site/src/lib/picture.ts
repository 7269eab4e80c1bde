import type { Element, ElementContent } from 'hast'
import { MEDIA_URL_DIR, type ImageSet } from './images'

/** A hast element, for markup built in code (figures in rich text, pictures in components). */
export const h = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
})

/** A responsive <picture>: AVIF and WebP sources, a JPEG <img> with intrinsic size (no layout shift). */
export function pictureElement(set: ImageSet, alt: string, sizes: string, eager = false): Element {
  return h('picture', {}, [
    h('source', { type: 'image/avif', srcSet: set.srcset('avif'), sizes }),
    h('source', { type: 'image/webp', srcSet: set.srcset('webp'), sizes }),
    h('img', {
      src: `/${MEDIA_URL_DIR}/${set.fallback.file}`,
      srcSet: set.srcset('jpeg'),
      sizes,
      width: set.width,
      height: set.height,
      alt,
      loading: eager ? 'eager' : 'lazy',
      decoding: 'async',
      ...(eager ? { fetchPriority: 'high' } : {}),
    }),
  ])
}

