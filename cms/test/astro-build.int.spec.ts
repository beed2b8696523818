/**
 * Two site builds at once in the one site project (two CMSs on one machine, a worker beside a
 * test run): each `astro build` gets a working folder of its own inside the project
 * (runSiteBuild.ts `astroBuild`), so neither overwrites the other's server chunks. With the
 * project folder as the working folder for both, the second build failed with « Cannot find
 * module …/renderers.mjs » (seen when the browser suites ran beside the CMS suites; this test
 * failed about one run in two then). The database plays no part: it runs on SQLite only.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildSiteDir, buildSnapshotFile, siteProjectDir } from '../src/publishing/paths'
import { astroBuild } from '../src/publishing/runSiteBuild'
import { buildSnapshot } from '../src/snapshot/buildSnapshot'
import { writeSnapshot } from '../src/snapshot/writeSnapshot'
import { isPostgres, uploadDir } from '../src/env'
import { validData } from './helpers/fixtures'
import { testPayload } from './helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
  await payload.create({
    collection: 'fact-sheets',
    data: { ...validData('fact-sheets', 'Deux constructions à la fois'), _status: 'published' },
    overrideAccess: true,
    context: { seeding: true },
  } as never)
})

describe.skipIf(isPostgres)('astro build', () => {
  it('two builds at once in one site project both succeed, each with its own pages', async () => {
    const snapshot = await buildSnapshot(payload)
    const ids = ['20990101T000000Z-aaa1', '20990101T000000Z-aaa2']
    for (const id of ids) await writeSnapshot(snapshot, buildSnapshotFile(id))
    fs.mkdirSync(uploadDir('media'), { recursive: true })
    // A working folder left by a build killed two days ago, and one of a build running now
    // for another CMS: the first goes, the second stays.
    const workingFolders = path.join(siteProjectDir(), '.astro', 'builds')
    const killed = path.join(workingFolders, `test-killed-${process.pid}`)
    const running = path.join(workingFolders, `test-running-${process.pid}`)
    for (const folder of [killed, running]) fs.mkdirSync(folder, { recursive: true })
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000)
    fs.utimesSync(killed, twoDaysAgo, twoDaysAgo)

    try {
      await Promise.all(ids.map((id) => astroBuild(id, uploadDir('media'))))
      expect(fs.existsSync(killed)).toBe(false)
      expect(fs.existsSync(running)).toBe(true)
    } finally {
      for (const folder of [killed, running]) fs.rmSync(folder, { recursive: true, force: true })
    }

    for (const id of ids) {
      const home = fs.readFileSync(path.join(buildSiteDir(id), 'index.html'), 'utf8')
      expect(home).toContain('<html')
      const sheet = snapshot.items.find(
        (i) => i.locales.fr?.title === 'Deux constructions à la fois',
      )
      expect(sheet).toBeDefined()
      const pages = fs.readdirSync(path.join(buildSiteDir(id), 'fiches'))
      expect(pages).toContain(sheet!.locales.fr!.slug)
      // The working folder goes with the build.
      expect(fs.existsSync(path.join(siteProjectDir(), '.astro', 'builds', id))).toBe(false)
    }
  }, 240_000)
})
