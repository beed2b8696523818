/**
 * The design system's CSS for the preview page: the very files the site's layout imports
 * (`shared/src/styles/`), read from the workspace and inlined, so there is no copy to keep
 * in sync. Read once in production, on every preview in development (edits show at once).
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { stylesheets } from '@nlv/shared/stylesheets'
import { env, repoRoot } from '../env'

export const stylesDir = path.join(repoRoot, 'shared', 'src', 'styles')

let cached: Promise<string> | undefined

async function readCss(): Promise<string> {
  const files = await Promise.all(
    stylesheets.map(async (name) => {
      const css = await fs.readFile(path.join(stylesDir, name), 'utf8')
      return `/* ${name} */\n${css}`
    }),
  )
  return files.join('\n')
}

/** The stylesheets in cascade order, as one CSS text. */
export function previewCss(): Promise<string> {
  if (env.NODE_ENV !== 'production') return readCss()
  cached ??= readCss().catch((error: unknown) => {
    cached = undefined
    throw error
  })
  return cached
}
