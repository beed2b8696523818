import react from '@astrojs/react'
import { defineConfig } from 'astro/config'
import { env } from './src/env'
import { localisedNotFound } from './src/integrations/localisedNotFound'
import { pagefind } from './src/integrations/pagefind'
import { siteFiles } from './src/integrations/siteFiles'
import { snapshotCheck } from './src/integrations/snapshotCheck'

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: env.SITE_URL,
  output: 'static',
  outDir: env.NLV_SITE_OUT ?? './dist',
  ...(env.NLV_SITE_CACHE ? { cacheDir: env.NLV_SITE_CACHE } : {}),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One small stylesheet, cached across pages: better than repeating it in every page on a
    // slow connection.
    inlineStylesheets: 'never',
  },
  compressHTML: true,
  // Classes rather than data attributes: fewer bytes on every element.
  scopedStyleStrategy: 'class',
  prefetch: false,
  devToolbar: { enabled: false },
  server: { port: 4321, host: true },
  // React only for the PPNE calculator island (`client:visible`): no other page loads JavaScript.
  integrations: [react(), snapshotCheck(), siteFiles(), localisedNotFound(), pagefind()],
})
