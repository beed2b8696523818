/** Serves the live public site (`var/live`) on SITE_PORT (default 4321). */
import { cmsUrl, env } from '../src/env'
import { createLiveSiteServer } from '../src/publishing/liveSiteServer'
import { liveLink } from '../src/publishing/paths'

const port = env.SITE_PORT
createLiveSiteServer({ liveDir: liveLink(), cmsUrl }).listen(port, () => {
  console.log(`[site] serving ${liveLink()} on http://localhost:${port}`)
})
