/**
 * The quick start's database, in one Payload start-up (scripts/start.sh): the committed
 * migrations (as in production: never schema push), the seed content, and a first public site
 * when none is live yet (the same job the CMS runs after a publish). Run while the CMS's
 * production build is under way, so that both are ready together.
 *
 * When the migrations and the seed are unchanged since the last run on this SQLite file and a
 * site is live, there is nothing to do, and the run ends before Payload is even imported (the
 * slow part): later starts take seconds. The seed is not run again then, so content deleted
 * in the admin stays deleted.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

process.env.NLV_DB_PUSH = 'false'
const { dataDir, isPostgres, repoRoot, sqliteUrl } = await import('@nlv/cms/env')
const { liveBuildId } = await import('@nlv/cms/publishing/liveLink')

const seedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const stateFile = path.join(dataDir, 'quickstart.sha256')
const databaseFile = sqliteUrl.replace(/^file:/, '')

/** SHA-256 of what the quick start's database is made from, and of which database it is. */
function inputsHash(): string {
  const hash = crypto.createHash('sha256').update(`${sqliteUrl}\n`)
  const folders = [
    path.join(repoRoot, 'cms/src/migrations'),
    ...['data', 'assets', 'src'].map((f) => path.join(seedDir, f)),
  ]
  for (const folder of folders) {
    const files = fs
      .readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
      .sort()
    for (const file of files)
      hash.update(`${path.relative(repoRoot, file)}\n`).update(fs.readFileSync(file))
  }
  return hash.digest('hex')
}

const hash = inputsHash()
const unchanged =
  !isPostgres &&
  fs.existsSync(databaseFile) &&
  (await liveBuildId()) !== null &&
  fs.existsSync(stateFile) &&
  fs.readFileSync(stateFile, 'utf8').trim() === hash
if (unchanged) {
  console.log('[quickstart] database, seed content and site are as the last start left them')
  process.exit(0)
}

const { getPayload } = await import('payload')
const { default: config } = await import('@nlv/cms/payload.config')
const { applyMigrations } = await import('@nlv/cms/apply-migrations')
const { BUILD_QUEUE, queueSiteBuild } = await import('@nlv/cms/publishing/queueSiteBuild')
const { importsFinished } = await import('@nlv/cms/cli')
const { printAccounts, runSeed } = await import('./runSeed')
importsFinished()

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`
try {
  let started = Date.now()
  const payload = await getPayload({ config, disableOnInit: true })
  await applyMigrations(payload)
  console.log(
    `[quickstart] database up to date with the committed migrations (${seconds(started)})`,
  )

  started = Date.now()
  printAccounts(await runSeed(payload))
  console.log(`[seed] finished in ${seconds(started)}`)

  if (!(await liveBuildId())) {
    started = Date.now()
    console.log('[quickstart] building the public site (first start only; about a minute)…')
    await queueSiteBuild({ payload } as never, 'première construction (démarrage rapide)', true)
    await payload.jobs.run({ queue: BUILD_QUEUE, limit: 10 })
    const [build] = (
      await payload.find({ collection: 'site-builds', sort: '-startedAt', limit: 1, depth: 0 })
    ).docs
    if (build?.status !== 'succeeded') throw new Error(`the site build failed: ${build?.error}`)
    console.log(`[quickstart] public site built in ${seconds(started)}`)
  }
  fs.writeFileSync(stateFile, `${hash}\n`)
  process.exit(0)
} catch (error) {
  console.error(`[quickstart] failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
