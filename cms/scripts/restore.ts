/** `pnpm restore <folder>`: restores a backup after verifying its checksums. Stop the CMS first. */
import { restore } from '../src/backup/restore'
import { cliPath, importsFinished } from '../src/cli'

importsFinished()

const source = process.argv[2]
if (!source) {
  console.error('usage: pnpm restore <backup folder>')
  process.exit(2)
}
try {
  const { manifest, movedAside } = await restore(cliPath(source))
  console.log(
    `[restore] restored the backup of ${manifest.createdAt} (${manifest.files.length} files)`,
  )
  console.log(`[restore] the previous database and uploads were moved to ${movedAside}`)
  process.exit(0)
} catch (error) {
  console.error(`[restore] failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
