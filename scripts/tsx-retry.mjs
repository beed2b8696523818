#!/usr/bin/env node
/**
 * Runs a TypeScript script with tsx, again when Node's module loader stalls.
 *
 * On Node 20, importing @payloadcms/richtext-lexical sometimes never settles (measured here:
 * 2 to 9 runs in 10 of a bare `import()`, more under load); the event loop empties and Node
 * exits with code 13 ("unsettled top-level await") before the script has done anything.
 * That is the "Payload CLI exits silently" failure. Such a run is safe to repeat: nothing ran.
 */
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

const tsx = createRequire(import.meta.url).resolve('tsx/cli')
const attempts = 10
for (let attempt = 1; attempt <= attempts; attempt++) {
  const result = spawnSync(process.execPath, [tsx, ...process.argv.slice(2)], { stdio: 'inherit' })
  if (result.status !== 13) process.exit(result.status ?? 1)
  console.error(
    `[tsx-retry] Node's module loader stalled while importing (exit 13); retrying (${attempt}/${attempts})…`,
  )
}
console.error('[tsx-retry] giving up: the script never got past its imports')
process.exit(13)
