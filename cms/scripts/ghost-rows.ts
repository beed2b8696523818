/**
 * Finds the ghost rows that failed writes left before every write was atomic (see
 * src/database/ghostRows.ts) and prints them; exits 1 when there are some.
 *
 *   pnpm --filter @nlv/cms ghost-rows            # report only
 *   pnpm --filter @nlv/cms ghost-rows --delete   # also delete the items that have no version
 *
 * An item whose arrays differ from its published version is only reported: restore its
 * published version in the admin (Versions tab) after checking it.
 */
export {}
process.env.NLV_DB_PUSH = 'false'
const { getPayload } = await import('payload')
const { default: config } = await import('../src/payload.config')
const { findGhostRows } = await import('../src/database/ghostRows')
const remove = process.argv.includes('--delete')
try {
  const payload = await getPayload({ config, disableOnInit: true })
  const ghosts = await findGhostRows(payload)
  for (const ghost of ghosts) {
    const what =
      ghost.problem === 'no-version'
        ? 'has no version (a create that failed half-way)'
        : `differs from its published version in ${ghost.fields!.join(', ')} (an update that failed half-way)`
    console.log(
      `[ghost-rows] ${ghost.collection}/${ghost.id} "${ghost.title ?? ''}"${ghost.published ? ' (published)' : ''} ${what}`,
    )
    if (remove && ghost.problem === 'no-version') {
      await payload.delete({ collection: ghost.collection, id: ghost.id, overrideAccess: true })
      console.log(`[ghost-rows] ${ghost.collection}/${ghost.id} deleted`)
    }
  }
  console.log(`[ghost-rows] ${ghosts.length} ghost row(s) in the ${payload.db.name} database`)
  const left = ghosts.filter((g) => !(remove && g.problem === 'no-version'))
  process.exit(left.length ? 1 : 0)
} catch (error) {
  console.error(`[ghost-rows] failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(2)
}
