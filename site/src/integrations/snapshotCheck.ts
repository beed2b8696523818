import type { AstroIntegration } from 'astro'
import { getCatalog } from '../content/catalog'
import { loadSnapshot } from '../content/snapshot'

/**
 * Validates the published snapshot before any page renders, so that a broken contract stops
 * the build at once with the failing item's id and field.
 */
export function snapshotCheck(): AstroIntegration {
  return {
    name: 'nlv:snapshot',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const snapshot = loadSnapshot()
        // Builds the URL table too: two items wanting one address fail here.
        getCatalog(snapshot)
        logger.info(
          `published snapshot of ${snapshot.generatedAt}: ${snapshot.items.length} items, ` +
            `${snapshot.taxonomies.themes.length} themes`,
        )
      },
    },
  }
}
