/** `pnpm seed`: loads the seed content into the CMS database (see runSeed). */
import { getPayload } from 'payload'
import config from '@nlv/cms/payload.config'
import { importsFinished } from '@nlv/cms/cli'
import { printAccounts, runSeed } from './runSeed'

importsFinished()
const started = Date.now()
try {
  const payload = await getPayload({ config })
  printAccounts(await runSeed(payload))
  console.log(`[seed] finished in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  process.exit(0)
} catch (error) {
  console.error(`[seed] failed: ${error instanceof Error ? error.message : String(error)}`)
  if (error instanceof Error && error.cause) console.error(error.cause)
  process.exit(1)
}
