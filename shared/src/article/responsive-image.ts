import { fileUrl } from '../file-url'
import type { Locale } from '../locales'
import { localised } from '../localised'
import type { ImageRef } from '../snapshot'
import { attributes } from './markup'
import { articleImageSizes } from './rich-text-html'

/**
 * An image of the snapshot at its CMS URL, with the CMS's generated sizes as `srcset` and
 * explicit dimensions (no layout shift). Nothing when its URL is refused.
 */
export function responsiveImageHtml(image: ImageRef, locale: Locale, cmsUrl: string): string {
  const src = fileUrl(image.url, cmsUrl)
  if (!src) return ''
  const candidates = [
    ...image.sizes.map((s) => ({ url: fileUrl(s.url, cmsUrl), width: s.width })),
    { url: src, width: image.width },
  ]
    .filter((c): c is { url: string; width: number } => c.url !== null && !/[\s,]/.test(c.url))
    .sort((a, b) => a.width - b.width)
  const srcset =
    candidates.length > 1 ? candidates.map((c) => `${c.url} ${c.width}w`).join(', ') : undefined
  const alt = localised(image.alt, locale)
  return `<img${attributes({
    src,
    srcset,
    sizes: srcset ? articleImageSizes : undefined,
    width: image.width,
    height: image.height,
    alt: alt.text,
    lang: alt.lang,
    loading: 'lazy',
    decoding: 'async',
  })}>`
}
