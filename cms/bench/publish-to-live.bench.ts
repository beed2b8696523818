/**
 * Publish-to-live benchmark: a site of N published items (default 2,000), then one item
 * published through the review workflow; prints the time until its page and its search entry
 * are served, with the pipeline's phases. Not a test: it asserts nothing.
 *
 *   pnpm --filter @nlv/cms bench:publish            # NLV_BENCH_ITEMS=2000, NLV_BENCH_FILES=100
 *
 * Every item shows one of NLV_BENCH_FILES images (each with its WebP sizes) and links one of as
 * many PDFs, so the build copies real files. The kept builds' disk use is printed at the end.
 */
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

const items = Number(process.env.NLV_BENCH_ITEMS ?? 2000)
const filePool = Number(process.env.NLV_BENCH_FILES ?? 100)
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
const { default: sharp } = await import('sharp')
const { PDFDocument } = await import('pdf-lib')

let t = performance.now()
const images: (number | string)[] = []
const pdfs: (number | string)[] = []
for (let n = 0; n < filePool; n++) {
  const jpeg = await sharp({
    create: { width: 1600, height: 900, channels: 3, background: { r: n % 256, g: 120, b: 90 } },
  })
    .jpeg({ quality: 80 })
    .toBuffer()
  const image = await payload.create({
    collection: 'media',
    data: { alt: `Illustration ${n}` },
    file: { data: jpeg, mimetype: 'image/jpeg', name: `illustration-${n}.jpg`, size: jpeg.length },
  })
  images.push(image.id)
  const pdf = await PDFDocument.create()
  pdf.addPage().drawText(`Fiche imprimable ${n}`)
  const bytes = Buffer.from(await pdf.save())
  const document = await payload.create({
    collection: 'documents',
    data: { title: `Fiche imprimable ${n}` },
    file: { data: bytes, mimetype: 'application/pdf', name: `fiche-${n}.pdf`, size: bytes.length },
  })
  pdfs.push(document.id)
}
if (filePool) {
  console.log(
    `[bench] ${filePool} images and ${filePool} PDFs uploaded in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  )
}

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
t = performance.now()
const seeding = { seeding: true, disableRevalidate: true }
for (let n = 0; n < items; n++) {
  const w = words[n % words.length]
  await payload.create({
    collection: 'fact-sheets',
    data: {
      title: `Fiche ${n} : ${w} et grossesse`,
      summary: `Repères pratiques sur ${w} pour les intervenantes en périnatalité (${n}).`,
      keyMessages: [{ text: `Parler de ${w} sans jugement.` }, { text: 'Tenir compte du budget.' }],
      ...(filePool ? { image: images[n % filePool], pdf: pdfs[n % filePool] } : {}),
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

const server = createLiveSiteServer({ liveDir: liveLink() })
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

/** Bytes on disk under `dir`, each hard-linked file counted once (as `du` does). */
function diskUse(dir: string): number {
  const seen = new Set<string>()
  let bytes = 0
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name)
      if (entry.isDirectory()) walk(p)
      else if (entry.isFile()) {
        const s = fs.statSync(p)
        const key = `${s.dev}:${s.ino}`
        if (!seen.has(key)) {
          seen.add(key)
          bytes += s.blocks * 512
        }
      }
    }
  }
  walk(dir)
  return bytes
}
// Fill the kept builds (NLV_KEEP_BUILDS, 5) with forced rebuilds, to measure what they hold.
const keep = Number(process.env.NLV_KEEP_BUILDS ?? 5)
for (let n = 2; n < keep; n++) await runSiteBuild(payload, { trigger: 'bench: kept', force: true })
const builds = path.join(dataDir, 'builds')
const kept = fs.readdirSync(builds).filter((d) => /^\d{8}T/.test(d)).length
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
console.log(
  `  kept builds            ${kept} on ${mb(diskUse(builds))} (uploads: ${mb(diskUse(path.join(dataDir, 'uploads')))})`,
)
server.close()
fs.rmSync(dataDir, { recursive: true, force: true })
process.exit(0)
