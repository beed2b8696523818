/**
 * Regenerates `src/payload-types.ts` and the admin import map from the config.
 * (A small script rather than the Payload CLI, which exits silently in some runs on Node 20.)
 */
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'
import { importsFinished } from '../src/cli'
import configPromise from '../src/payload.config'

importsFinished()

const config = await configPromise
await generateTypes(config)
await generateImportMap(config, { log: true, force: true })
console.log('[generate] payload-types.ts and importMap.js written')
process.exit(0)
