/**
 * Publish-to-live benchmark: a site of N published items (default 2,000), then one item
 * published through the review workflow; prints the time until its page and its search entry
 * are served, with the pipeline's phases. Not a test: it asserts nothing.
 *
 *   pnpm --filter @nlv/cms bench:publish            # NLV_BENCH_ITEMS=2000
 */
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

const items = Number(process.env.NLV_BENCH_ITEMS ?? 2000)
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nlv-publish-bench-'))
Object.assign(process.env, {
  NLV_DATA_DIR: dataDir,
  DATABASE_URL: `file:${path.join(dataDir, 'bench.db')}`,
  NLV_JOBS_AUTORUN: 'false',
})

const { getPayload } = await import('payload')
const { default: config } = await import('../src/payload.config')
const { transition } = await import('../src/workflow/index')
const { runSiteBuild } = await import('../src/publishing/runSiteBuild')
const { createLiveSiteServer } = await import('../src/publishing/liveSiteServer')
const { liveLink } = await import('../src/publishing/paths')
const payload = await getPayload({ config })

const words = [
  'fer',
  'calcium',
  'allaitement',
  'budget',
  'nausées',
  'légumes',
  'coupons',
  'grossesse',
  'hydratation',
  'collation',
]
let t = performance.now()
const seeding = { seeding: true, disableRevalidate: true }
for (let n = 0; n < items; n++) {
  const w = words[n % words.length]
  await payload.create({
    collection: 'fact-sheets',
    data: {
      title: `Fiche ${n} : ${w} et grossesse`,
      summary: `Repères pratiques sur ${w} pour les intervenantes en périnatalité (${n}).`,
      keyMessages: [{ text: `Parler de ${w} sans jugement.` }, { text: 'Tenir compte du budget.' }],
      _status: 'published',
    } as never,
    context: seeding,
  })
}
console.log(
  `[bench] ${items} published items created in ${((performance.now() - t) / 1000).toFixed(1)} s`,
)
t = performance.now()
const first = await runSiteBuild(payload, { trigger: 'bench: first build', force: true })
console.log(
  `[bench] first full build: ${first.status} in ${(first.durationMs! / 1000).toFixed(1)} s`,
)

const server = createLiveSiteServer({ liveDir: liveLink(), cmsUrl: 'http://localhost:3000' })
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
const users = await Promise.all(
  (['editor', 'reviewer'] as const).map((role) =>
    payload.create({
      collection: 'users',
      data: { email: `${role}@bench.test`, name: role, role, password: 'bench-password-1' },
    }),
  ),
)
const [editor, reviewer] = users
const doc = await payload.create({
  collection: 'fact-sheets',
  data: {
    title: 'Tartinade de pois chiches',
    summary: 'Une collation riche en protéines et peu coûteuse.',
    _status: 'draft',
  } as never,
  draft: true,
  user: editor,
  overrideAccess: false,
})
await transition(payload, {
  collection: 'fact-sheets',
  id: doc.id,
  action: 'submit',
  user: editor!,
})
await transition(payload, {
  collection: 'fact-sheets',
  id: doc.id,
  action: 'approve',
  user: reviewer!,
})

t = performance.now()
await transition(payload, {
  collection: 'fact-sheets',
  id: doc.id,
  action: 'publish',
  user: editor!,
})
await payload.jobs.run({ queue: 'site', limit: 1 })
const [build] = (await payload.find({ collection: 'site-builds', sort: '-startedAt', limit: 1 }))
  .docs
const page = await fetch(`${site}/fiches/tartinade-de-pois-chiches/`)
const index = fs.readdirSync(path.join(fs.realpathSync(liveLink()), 'pagefind')).length
const total = performance.now() - t
console.log(
  `\nPublish-to-live, ${items + 1} items (publish via the workflow → page and search index served)`,
)
console.log(
  `  total                  ${(total / 1000).toFixed(1)} s   (page: HTTP ${page.status}, pagefind files: ${index})`,
)
console.log(`  snapshot               ${((build?.phases?.snapshotMs ?? 0) / 1000).toFixed(1)} s`)
console.log(
  `  astro build + pagefind ${((build?.phases?.astroMs ?? 0) / 1000).toFixed(1)} s   (pagefind alone: ${((build?.phases?.pagefindMs ?? 0) / 1000).toFixed(1)} s)`,
)
console.log(`  swap                   ${build?.phases?.swapMs ?? 0} ms`)
server.close()
fs.rmSync(dataDir, { recursive: true, force: true })
process.exit(0)
