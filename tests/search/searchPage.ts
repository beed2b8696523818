/**
 * Driving the search page in a test: wait for its script to finish an update, read what it
 * shows (status, results, facet counts), and what the fixture says it should show.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { SnapshotInput, SnapshotItemInput } from '@nlv/shared/snapshot'
import { sectionSegments } from '@nlv/shared/urls'
import type { Page } from 'playwright-core'
import { listFiles } from '@nlv/site/test/read-site'

/** Finished updates of the search page so far (`<html data-search-renders>`). */
export const renders = (page: Page): Promise<number> =>
  page.evaluate(() => Number(document.documentElement.dataset.searchRenders ?? 0))

/**
 * Runs `action` and waits until the page has finished the update it causes (the search
 * page counts its updates; the count must go past its value before the action).
 */
export async function afterUpdate(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await renders(page)
  await action()
  await page.waitForFunction(
    (n) => Number(document.documentElement.dataset.searchRenders ?? 0) > n,
    before,
    { timeout: 10_000 },
  )
}

/** Opens a search URL and waits for its first update. */
export async function openSearch(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.waitForFunction(
    () => Number(document.documentElement.dataset.searchRenders ?? 0) > 0,
    null,
    {
      timeout: 15_000,
    },
  )
}

export const statusText = async (page: Page): Promise<string> =>
  ((await page.locator('#search-status').textContent()) ?? '').replace(/\s+/g, ' ').trim()

/** Paths of the results on the page, in order. */
export const resultPaths = (page: Page): Promise<string[]> =>
  page
    .locator('#search-results > li h2 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))

/** The total a status line announces (« 23 contenus… », « 3 résultats… »), 0 when none. */
export async function announcedTotal(page: Page): Promise<number> {
  const match = /^(\d[\d\s\u00a0\u202f]*)\s/.exec(await statusText(page))
  return match ? Number((match[1] as string).replace(/\D/g, '')) : 0
}

/** Facet counts shown next to each value: `{ type: { fiches: 23, … }, … }`; hidden values omitted. */
export const shownCounts = (page: Page): Promise<Record<string, Record<string, number>>> =>
  page.locator('#search-filters input[type="checkbox"]').evaluateAll((boxes) => {
    const counts: Record<string, Record<string, number>> = {}
    for (const box of boxes as HTMLInputElement[]) {
      const option = box.closest('li')
      if (!option || option.hidden || option.closest('fieldset')?.hidden) continue
      const text = option.querySelector('.facet__count')?.textContent ?? ''
      const count = Number(text.replace(/\D/g, ''))
      ;(counts[box.name] ??= {})[box.value] = count
    }
    return counts
  })

/** A fixture item as the search facets see it. */
export interface FacetedItem {
  id: string
  path: string
  updatedAt: string
  values: Record<string, string[]>
}

/** The fixture's French items with their facet values (what the French index should hold). */
export function frenchItems(snapshot: SnapshotInput): FacetedItem[] {
  return snapshot.items.flatMap((item: SnapshotItemInput) => {
    const fr = item.locales.fr
    const segment = sectionSegments[item.type]
    return [
      {
        id: item.id,
        path: `/${segment.fr}/${fr.slug}/`,
        updatedAt: item.updatedAt,
        values: {
          type: [segment.fr],
          theme: item.themes ?? [],
          public: item.audiences ?? [],
          periode: item.stages ?? [],
          langue: item.locales.en ? ['fr', 'en'] : ['fr'],
        },
      },
    ]
  })
}

/** How many items carry each value of each facet. */
export function countValues(items: FacetedItem[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {}
  for (const item of items) {
    for (const [key, values] of Object.entries(item.values)) {
      for (const value of values) {
        const facet = (counts[key] ??= {})
        facet[value] = (facet[value] ?? 0) + 1
      }
    }
  }
  return counts
}

/** Items matching a selection: any value within a facet, every facet. */
export const matching = (items: FacetedItem[], selection: Record<string, string[]>) =>
  items.filter((item) =>
    Object.entries(selection).every(
      ([key, wanted]) => wanted.length === 0 || wanted.some((v) => item.values[key]?.includes(v)),
    ),
  )

/**
 * Every file of the Pagefind bundle as text, decompressed where it is gzip (Pagefind
 * compresses its index, fragments and filters), so that a test can look for a word in it.
 */
export async function bundleTexts(outDir: string): Promise<Array<{ file: string; text: string }>> {
  const bundle = path.join(outDir, 'pagefind')
  const files = await listFiles(bundle)
  return Promise.all(
    files.map(async (file) => {
      const raw = await readFile(path.join(bundle, file))
      let bytes: Buffer = raw
      if (raw[0] === 0x1f && raw[1] === 0x8b) bytes = gunzipSync(raw)
      return { file, text: bytes.toString('utf8') }
    }),
  )
}
