/**
 * The file manifest of the build in progress (CMS file URL → the site's copy), handed from
 * the integration that makes it (`integrations/siteFiles.ts`, at `astro:build:start`) to the
 * pages. Astro renders the pages in the same process but from its own bundle of these
 * modules, so module state is not shared: the manifest is kept on `globalThis`, under a
 * symbol no other code uses.
 */
import type { FileManifest } from './siteFiles'

const key = Symbol.for('nlv.site.fileManifest')
type Holder = { [key]?: FileManifest }

export function registerFileManifest(manifest: FileManifest): void {
  ;(globalThis as Holder)[key] = manifest
}

/** The manifest of this build, or undefined outside a build (a test reading the snapshot). */
export function registeredFileManifest(): FileManifest | undefined {
  return (globalThis as Holder)[key]
}
