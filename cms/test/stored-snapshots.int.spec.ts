/**
 * With S3_BUCKET, a live build's snapshot is also kept in the uploads bucket
 * (publishing/storedSnapshots.ts), so that the rollback preview works on a web instance that
 * holds no build folder. Against a real S3-protocol server (s3rver).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startS3Server, type TestS3Server } from './helpers/s3Server'

const BUCKET = 'nlv-snapshots-uploads'
let s3: TestS3Server
let stored: typeof import('../src/publishing/storedSnapshots')
let rollbackPreview: typeof import('../src/publishing/rollbackPreview').rollbackPreview

const snapshotOf = (...titles: string[]) =>
  JSON.stringify({
    items: titles.map((title, i) => ({
      type: 'fact-sheets',
      id: String(i + 1),
      locales: { fr: { title } },
    })),
  })

beforeAll(async () => {
  s3 = await startS3Server([BUCKET])
  // Before the CMS's env is read (the modules below read it when imported).
  Object.assign(process.env, s3.env, { S3_BUCKET: BUCKET })
  stored = await import('../src/publishing/storedSnapshots')
  ;({ rollbackPreview } = await import('../src/publishing/rollbackPreview'))
})
afterAll(() => s3?.stop())

describe('build snapshots in the uploads bucket', () => {
  it('previews a rollback from the bucket when this machine has no build folder', async () => {
    await stored.storeBuildSnapshot('20261201T100000Z-aaaa', snapshotOf('Fer', 'Folate'))
    await stored.storeBuildSnapshot('20261201T110000Z-bbbb', snapshotOf('Fer', 'Iode'))
    expect(await rollbackPreview('20261201T100000Z-aaaa', '20261201T110000Z-bbbb')).toEqual({
      reappear: [],
      disappear: [],
      revert: [{ type: 'Fiche', title: 'Folate' }],
    })
    // A build kept nowhere: no preview (the endpoint answers 410).
    expect(await rollbackPreview('20261201T090000Z-zzzz', '20261201T110000Z-bbbb')).toBeNull()
  })

  it('keeps the snapshots of the newest builds and of the live one', async () => {
    await stored.storeBuildSnapshot('20261201T120000Z-cccc', snapshotOf('Fer'))
    await stored.storeBuildSnapshot('20261201T130000Z-dddd', snapshotOf('Fer', 'Calcium'))
    // Live: the oldest (after a rollback); keep the 2 newest besides.
    await stored.pruneStoredSnapshots(2, '20261201T100000Z-aaaa')
    expect(await s3.keys(BUCKET, 'site-builds/')).toEqual([
      'site-builds/20261201T100000Z-aaaa/snapshot.json',
      'site-builds/20261201T120000Z-cccc/snapshot.json',
      'site-builds/20261201T130000Z-dddd/snapshot.json',
    ])
    expect(await stored.readStoredBuildSnapshot('20261201T110000Z-bbbb')).toBeNull()
    expect(await stored.readStoredBuildSnapshot('../../media/x')).toBeNull()
  })
})
