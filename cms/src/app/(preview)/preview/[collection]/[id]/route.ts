/** Preview of a draft or a version for the logged-in team: see `src/preview/previewHandler.ts`. */
import config from '@payload-config'
import { previewHandler } from '../../../../../preview/previewHandler'

// Per user and per request: never prerendered, never cached.
export const dynamic = 'force-dynamic'

export const GET = previewHandler(config)
