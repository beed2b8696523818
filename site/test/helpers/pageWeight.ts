/**
 * What the PPNE page weighs, gzip-compressed: the page without its calculator (HTML, CSS,
 * inline SVG) and the calculator island's JavaScript (every script the page loads, the
 * island's inline loader included). Used by the budget test and `pnpm bench`.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { assetsOf, readPage } from './readSite'

export interface PpneWeight {
  pageGzip: number
  islandJsGzip: number
  /** Script files the page loads. */
  scripts: string[]
}

const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length

export async function ppneWeight(outDir: string, sitePath = '/ppne/'): Promise<PpneWeight> {
  const html = await readPage(outDir, sitePath)
  const { css, js } = assetsOf(html)
  // Astro's island loader is inline: count it with the island, not with the page.
  const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '')
  const withoutScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
  const read = (href: string) => readFile(path.join(outDir, href))
  const cssFiles = await Promise.all(css.map(read))
  // Scripts the page loads, the island's component and renderer (named in attributes), and
  // every chunk they import.
  const queue = [
    ...js,
    ...[...html.matchAll(/(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1]!),
  ]
  const seen = new Set<string>()
  const jsFiles: Buffer[] = []
  while (queue.length) {
    const href = queue.shift()!
    if (seen.has(href)) continue
    seen.add(href)
    const file = await read(href)
    jsFiles.push(file)
    for (const m of file.toString().matchAll(/(?:from\s*|import\()"(\.\/[^"]+\.js)"/g)) {
      queue.push(path.posix.join(path.posix.dirname(href), m[1]!))
    }
  }
  return {
    pageGzip: gz(withoutScripts) + cssFiles.reduce((s, f) => s + gz(f), 0),
    islandJsGzip: inline.reduce((s, c) => s + gz(c), 0) + jsFiles.reduce((s, f) => s + gz(f), 0),
    scripts: [...seen],
  }
}
