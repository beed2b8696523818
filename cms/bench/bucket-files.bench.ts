/**
 * `pnpm --filter @nlv/cms bench:bucket-files`: how long a site build takes to get the files
 * published content uses out of an S3 bucket (`publishing/stageStoredFiles.ts`), against a
 * real S3-protocol server on loopback (s3rver). 100 images of 150 KB and 100 PDFs of 400 KB
 * (`BENCH_FILES` changes the count), medians of `BENCH_RUNS` (default 5):
 * - before: what the build did until stop 19 — every file downloaded, one at a time, on every
 *   build (`readStoredFile`, still the storage layer's reader);
 * - mirror, first build: every file downloaded into the empty mirror, eight at a time;
 * - mirror, next build: nothing changed (a HEAD per file);
 * - mirror, one file changed.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startS3Server } from '../test/helpers/s3Server'

const runs = Number(process.env.BENCH_RUNS ?? 5)
const perKind = Number(process.env.BENCH_FILES ?? 100)
const BUCKET = 'nlv-bench-uploads'

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
const time = async (work: () => Promise<unknown>) => {
  const t = performance.now()
  await work()
  return performance.now() - t
}

const s3 = await startS3Server([BUCKET])
const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'nlv-bench-files-'))
Object.assign(process.env, s3.env, { S3_BUCKET: BUCKET, NLV_DATA_DIR: dataDir })
const { stageStoredFiles } = await import('../src/publishing/stageStoredFiles')
const { readStoredFile } = await import('../src/storage/readStoredFile')
const { bucketMirrorDir } = await import('../src/publishing/paths')

try {
  const keys: string[] = []
  for (let i = 0; i < perKind; i++) {
    keys.push(`media/image-${i}.webp`, `documents/document-${i}.pdf`)
    await s3.client.putObject({
      Bucket: BUCKET,
      Key: `media/image-${i}.webp`,
      Body: randomBytes(150_000),
    })
    await s3.client.putObject({
      Bucket: BUCKET,
      Key: `documents/document-${i}.pdf`,
      Body: randomBytes(400_000),
    })
  }
  const snapshot = JSON.stringify(
    keys.map((k) => `http://cms.example/api/${k.replace('/', '/file/')}`),
  )
  const mb = (55 * perKind) / 100
  console.log(`[bench] ${keys.length} files (${mb.toFixed(0)} MB) in an s3rver bucket`)

  const before: number[] = []
  const first: number[] = []
  const next: number[] = []
  const oneChanged: number[] = []
  for (let run = 0; run <= runs; run++) {
    const out = path.join(dataDir, 'before')
    const b = await time(async () => {
      for (const key of keys) {
        const [collection, name] = key.split('/') as ['media' | 'documents', string]
        const bytes = await readStoredFile(collection, name)
        await fs.mkdir(path.join(out, collection), { recursive: true })
        await fs.writeFile(path.join(out, collection, name), bytes!)
      }
    })
    await fs.rm(out, { recursive: true, force: true })
    await fs.rm(bucketMirrorDir(), { recursive: true, force: true })
    const f = await time(() => stageStoredFiles(snapshot))
    const n = await time(() => stageStoredFiles(snapshot))
    await s3.client.putObject({ Bucket: BUCKET, Key: keys[0]!, Body: randomBytes(150_000) })
    const o = await time(() => stageStoredFiles(snapshot))
    // The first round warms the server and the client's connections.
    if (run === 0) continue
    before.push(b)
    first.push(f)
    next.push(n)
    oneChanged.push(o)
  }
  const row = (label: string, xs: number[]) =>
    console.log(`  ${label.padEnd(34)} ${Math.round(median(xs)).toString().padStart(6)} ms`)
  console.log(`[bench] getting the files for a build, median of ${runs}:`)
  row('before (every file, one at a time)', before)
  row('mirror, first build', first)
  row('mirror, next build (no change)', next)
  row('mirror, one file changed', oneChanged)
} finally {
  await s3.stop()
  await fs.rm(dataDir, { recursive: true, force: true })
}
