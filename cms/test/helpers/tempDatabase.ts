/**
 * Runs before each test file: points the CMS at a fresh temporary data folder (uploads) and a
 * fresh database — a SQLite file in that folder, or, when NLV_TEST_POSTGRES_URL names a
 * PostgreSQL server (the Postgres test job), a new database created on it for this file alone.
 * With NLV_TEST_S3=1, uploads go to a fresh bucket of a loopback S3 server instead of the folder.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll } from 'vitest'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nlv-test-'))
Object.assign(process.env, {
  NODE_ENV: 'test',
  NLV_DATA_DIR: dir,
  PAYLOAD_SECRET: 'test-secret-not-for-production',
})

const server = process.env.NLV_TEST_POSTGRES_URL
let dropDatabase: (() => Promise<void>) | undefined

if (server) {
  const name = `nlv_test_${path.basename(dir).replace(/\W/g, '_').toLowerCase()}`
  const admin = new pg.Client({ connectionString: server })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(server)
  url.pathname = `/${name}`
  process.env.DATABASE_URL = url.toString()
  dropDatabase = async () => {
    // Without FORCE: a database still held by this file's Payload pool is left for
    // scripts/ensure-test-postgres.sh to drop before the next run (FORCE would crash the pool).
    const client = new pg.Client({ connectionString: server })
    await client.connect()
    await client.query(`DROP DATABASE IF EXISTS ${name}`).catch(() => undefined)
    await client.end()
  }
} else {
  process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`
}

// NLV_TEST_S3=1: this file's uploads go to a bucket of a real S3-protocol server (s3Server.ts),
// and its site builds are published to another bucket as well as the local folder.
// Imported only then: the S3 client and server take a third of a second to load, in every file.
const s3 =
  process.env.NLV_TEST_S3 === '1'
    ? await (await import('./s3Server')).startS3Server(['nlv-test-uploads', 'nlv-test-site'])
    : undefined
if (s3)
  Object.assign(process.env, s3.env, {
    S3_BUCKET: 'nlv-test-uploads',
    NLV_SITE_BUCKET: 'nlv-test-site',
  })

afterAll(async () => {
  await s3?.stop()
  if (process.env.NLV_KEEP_TEST_DATA) return
  await dropDatabase?.()
  fs.rmSync(dir, { recursive: true, force: true })
})
