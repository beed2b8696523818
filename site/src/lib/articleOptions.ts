/**
 * How the site renders an item's article (`@nlv/shared/article/*`): its build environment's
 * URLs, internal links resolved against the catalog, warnings logged with the item and
 * field they come from (a skipped rich-text node is a build warning, never a crash).
 */
import type { ArticleOptions } from '@nlv/shared/article/options'
import { contentTypes, type ContentType } from '@nlv/shared/content-types'
import type { Locale } from '@nlv/shared/locales'
import type { SnapshotItem } from '@nlv/shared/snapshot'
import { getCatalog } from '../content/catalog'
import { env } from '../env'

const warned = new Set<string>()

function warn(item: SnapshotItem, field: string, message: string): void {
  const line = `[nlv:rich-text] ${item.type}/${item.id} field "${field}": ${message}`
  if (warned.has(line)) return
  warned.add(line)
  console.warn(line)
}

function resolveInternalLink(locale: Locale) {
  return ({ relationTo, value }: { relationTo: string; value: unknown }): string | null => {
    const id =
      typeof value === 'string' || typeof value === 'number'
        ? String(value)
        : typeof value === 'object' && value !== null && 'id' in value
          ? String((value as { id: unknown }).id)
          : null
    if (id === null || !(contentTypes as readonly string[]).includes(relationTo)) return null
    const type = relationTo as ContentType
    const catalog = getCatalog()
    // An item not translated yet is linked in French rather than not at all.
    return (catalog.entry(type, id, locale) ?? catalog.entry(type, id, 'fr'))?.path ?? null
  }
}

/** The options of `item`'s article in `locale` on the public site. */
export function articleOptions(item: SnapshotItem, locale: Locale): ArticleOptions {
  return {
    siteUrl: env.SITE_URL,
    cmsUrl: env.CMS_URL,
    resolveInternalLink: resolveInternalLink(locale),
    onWarning: (message, field) => warn(item, field, message),
  }
}
