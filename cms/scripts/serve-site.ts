/** Serves the live public site (`var/live`) on SITE_PORT (default 4321). */
import { importsFinished } from '../src/cli'
import { cmsUrl, env } from '../src/env'
import { createLiveSiteServer } from '../src/publishing/liveSiteServer'
import { liveLink } from '../src/publishing/paths'

importsFinished()
const port = env.SITE_PORT
createLiveSiteServer({ liveDir: liveLink(), cmsUrl }).listen(port, () => {
  console.log(`[site] serving ${liveLink()} on http://localhost:${port}`)
})
