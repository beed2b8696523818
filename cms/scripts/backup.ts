/** `pnpm backup [folder]`: a consistent online backup (see src/backup/backup.ts). */
import path from 'node:path'
import { getPayload } from 'payload'
import { backup } from '../src/backup/backup'
import { cliPath, importsFinished } from '../src/cli'
import { dataDir } from '../src/env'
import config from '../src/payload.config'

importsFinished()
const target = process.argv[2]
  ? cliPath(process.argv[2])
  : path.join(dataDir, 'backups', new Date().toISOString().replace(/[:.]/g, '-'))
try {
  const payload = await getPayload({ config, disableOnInit: true })
  const manifest = await backup(payload, target)
  const bytes = manifest.files.reduce((n, f) => n + f.bytes, 0)
  console.log(
    `[backup] ${manifest.files.length} files, ${(bytes / 1e6).toFixed(1)} MB, written to ${target}`,
  )
  console.log(`[backup] documents: ${JSON.stringify(manifest.counts)}`)
  process.exit(0)
} catch (error) {
  console.error(`[backup] failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
