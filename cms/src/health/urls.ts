/**
 * The external web addresses of a document: its references' URLs and every link and block
 * address in its rich text, in every locale. Internal links (to another item) are not
 * external and are left out.
 */
import type { Field } from 'payload'
import { forEachFieldValue, isPlainObject } from '../fields/forEachFieldValue'

export interface UrlUse {
  url: string
  /** Where in the document, for the person who fixes it: « Références », « Contenu (EN) ». */
  where: string
  locale: string | null
}

const isExternal = (v: unknown): v is string => typeof v === 'string' && /^https?:\/\/\S+$/i.test(v)

/** Every http(s) address a Lexical value holds: links, autolinks, blocks with a `url`. */
export function urlsInRichText(value: unknown): string[] {
  const found: string[] = []
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk)
    if (!isPlainObject(node)) return
    if ((node.type === 'link' || node.type === 'autolink') && isPlainObject(node.fields)) {
      if (node.fields.linkType !== 'internal' && isExternal(node.fields.url))
        found.push(node.fields.url)
    }
    if (node.type === 'block' && isPlainObject(node.fields) && isExternal(node.fields.url))
      found.push(node.fields.url)
    if (isExternal(node.url) && node.type !== 'upload') found.push(node.url)
    for (const [key, child] of Object.entries(node)) if (key !== 'fields') walk(child)
    if (isPlainObject(node.fields)) walk(Object.values(node.fields))
  }
  walk(value)
  return [...new Set(found)]
}

const localeSuffix = (path: string): string | null => {
  const m = /\.(fr|en)(\.|$)/.exec(path)
  return m ? m[1]! : null
}

/** The external addresses of one document read with `locale: 'all'`. */
export function urlsOfDoc(fields: Field[], doc: unknown): UrlUse[] {
  const uses: UrlUse[] = []
  forEachFieldValue(
    fields,
    doc,
    (field, value, path) => {
      const locale = localeSuffix(path)
      const tag = locale ? ` (${locale.toUpperCase()})` : ''
      if (field.type === 'text' && field.name === 'url' && /^references\.\d+\.url$/.test(path)) {
        if (isExternal(value)) uses.push({ url: value.trim(), where: 'Références', locale })
      } else if (field.type === 'richText') {
        const label =
          typeof field.label === 'object' && field.label && 'fr' in field.label
            ? String((field.label as { fr: string }).fr)
            : field.name
        for (const url of urlsInRichText(value)) uses.push({ url, where: `${label}${tag}`, locale })
      }
    },
    { allLocales: true },
  )
  return uses
}
