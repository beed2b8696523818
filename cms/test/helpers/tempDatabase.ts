/**
 * Runs before each test file: points the CMS at a fresh temporary data folder (SQLite file and
 * uploads), unless DATABASE_URL already names a PostgreSQL server for the Postgres job.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll } from 'vitest'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nlv-test-'))
process.env.NLV_DATA_DIR = dir
Object.assign(process.env, { NODE_ENV: 'test' })
process.env.PAYLOAD_SECRET = 'test-secret-not-for-production'
if (!/^postgres/.test(process.env.DATABASE_URL ?? '')) {
  process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`
}

afterAll(() => {
  if (!process.env.NLV_KEEP_TEST_DATA) fs.rmSync(dir, { recursive: true, force: true })
})
