/**
 * Helpers for the command-line scripts (cms/scripts/, the seed) run through
 * scripts/tsx-retry.mjs.
 */
import fs from 'node:fs'
import path from 'node:path'

/**
 * Tells scripts/tsx-retry.mjs that this script got past its imports. Node exits with code 13
 * when a top-level await never settles: before this call that is the module loader stalling
 * (safe to run again, nothing ran); after it, the script itself was waiting on something that
 * never came, and it must not be run again.
 */
export function importsFinished(): void {
  const marker = process.env.NLV_IMPORTS_FINISHED_FILE
  if (marker) fs.writeFileSync(marker, `${process.pid}\n`)
}

/**
 * A path typed on the command line, resolved from the folder it was typed in: pnpm runs a
 * package's script in the package's folder and says where it was called from in INIT_CWD.
 */
export function cliPath(typed: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), typed)
}
