import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'

/** Reads a built file by its site path (`/fiches/x/` → `fiches/x/index.html`). */
export async function readPage(outDir: string, sitePath: string): Promise<string> {
  const file = sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath
  return readFile(path.join(outDir, file), 'utf8')
}

/** Every file under a folder, as paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort()
}

/** The stylesheets and scripts a page links to. */
export function assetsOf(html: string): { css: string[]; js: string[] } {
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map(
    (m) => m[1] as string,
  )
  const js = [
    ...[...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] as string),
    ...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
      (m) => m[1] as string,
    ),
  ]
  return { css, js }
}
