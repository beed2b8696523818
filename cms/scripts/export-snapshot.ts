/**
 * Writes the published snapshot to `<NLV_DATA_DIR>/snapshot/current.json` (or the path given
 * as the first argument, from the folder it was typed in), for the site build.
 */
import path from 'node:path'
import { getPayload } from 'payload'
import { cliPath, importsFinished } from '../src/cli'
import { dataDir } from '../src/env'
import config from '../src/payload.config'
import { buildSnapshot } from '../src/snapshot/buildSnapshot'
import { writeSnapshot } from '../src/snapshot/writeSnapshot'

importsFinished()
const file = process.argv[2]
  ? cliPath(process.argv[2])
  : path.join(dataDir, 'snapshot', 'current.json')
try {
  const payload = await getPayload({ config })
  const started = Date.now()
  const snapshot = await buildSnapshot(payload)
  await writeSnapshot(snapshot, file)
  console.log(
    `[snapshot] ${snapshot.items.length} published items written to ${file} in ${Date.now() - started} ms`,
  )
  process.exit(0)
} catch (error) {
  console.error(`[snapshot] failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
