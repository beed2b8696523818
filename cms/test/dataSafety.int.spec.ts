/**
 * Concurrent writers and crashes: two processes each writing several documents at once lose
 * nothing and leave no half-written document (SQLite and PostgreSQL); on SQLite, WAL and the
 * busy timeout keep every acknowledged write, and a `kill -9` mid-batch leaves a sound file.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { createClient } from '@libsql/client'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { findGhostRows } from '../src/database/ghostRows'
import { sqliteUrl } from '../src/env'
import { testPayload } from './helpers/payload'

const isSqlite = !/^postgres/.test(process.env.DATABASE_URL ?? '')
let payload: Payload

function writer(
  tag: string,
  count: number,
  parallel = 1,
): { child: ChildProcess; acks: string[]; done: Promise<number | null>; ready: Promise<void> } {
  // Through the project's tsx wrapper (tsx is a root dependency; Node 20's import stall is retried).
  const tsxRetry = path.resolve(__dirname, '../../scripts/tsx-retry.mjs')
  const args = [
    tsxRetry,
    path.resolve(__dirname, 'helpers/writer.ts'),
    tag,
    String(count),
    String(parallel),
  ]
  const child = spawn(process.execPath, args, {
    cwd: path.resolve(__dirname, '..'),
    env: process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: the wrapper and the writing node process die together.
    detached: true,
  })
  const acks: string[] = []
  let markReady: () => void
  let failEarly: (error: Error) => void
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve
    failEarly = reject
  })
  // A writer that cannot start fails the test at once instead of letting it time out.
  child.on('error', (error) => failEarly(error))
  let buffer = ''
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString()
    const lines = buffer.split('\n')
    buffer = lines.pop() ?? ''
    for (const line of lines) {
      if (line === 'ready') markReady()
      const ack = line.match(/^ack (\S+)$/)
      if (ack) acks.push(ack[1]!)
    }
  })
  let stderr = ''
  child.stderr!.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)))
  const done = new Promise<number | null>((resolve) =>
    child.on('close', (code) => {
      if (code !== 0 && code !== null) console.error(stderr)
      failEarly(
        new Error(`writer ${tag} exited (${code}) before it was ready: ${stderr.slice(-1000)}`),
      )
      resolve(code)
    }),
  )
  return { child, acks, done, ready }
}

beforeAll(async () => {
  payload = await testPayload() // creates the schema before the writers start
})

describe('two writer processes', () => {
  it('each writing 4 documents at once (this one, as the CMS, and a script) lose nothing', async () => {
    const script = writer('script', 40, 4)
    await script.ready
    for (let n = 0; n < 40; n += 4) {
      await Promise.all(
        [n, n + 1, n + 2, n + 3].map((i) =>
          payload.create({
            collection: 'fact-sheets',
            data: {
              title: `cms ${i}`,
              summary: 'x',
              keyMessages: [{ text: 'm' }],
              _status: 'draft',
            },
            draft: true,
          }),
        ),
      )
    }
    expect(await script.done).toBe(0)
    for (const [tag, n] of [
      ['script', 40],
      ['cms', 40],
    ] as const) {
      const { docs } = await payload.find({
        collection: 'fact-sheets',
        where: { title: { like: `${tag} ` } },
        draft: true,
        limit: 100,
      })
      expect(docs.length, tag).toBe(n)
      expect(docs.filter((doc) => doc.keyMessages?.length !== 1)).toEqual([])
    }
    expect(await findGhostRows(payload)).toEqual([])
  }, 180_000)
})

describe.skipIf(!isSqlite)('SQLite data safety', () => {
  it('kill -9 during a batch of writes keeps every acknowledged write and a sound file', async () => {
    const w = writer('crash', 5000)
    await w.ready
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (w.acks.length >= 15) {
          clearInterval(timer)
          resolve()
        }
      }, 5)
    })
    process.kill(-w.child.pid!, 'SIGKILL') // the whole group, with no chance to flush or close anything
    await w.done
    const acked = [...w.acks]
    const db = createClient({ url: sqliteUrl })
    const integrity = await db.execute('PRAGMA integrity_check')
    expect(integrity.rows[0]?.[0]).toBe('ok')
    const journal = await db.execute('PRAGMA journal_mode')
    expect(journal.rows[0]?.[0]).toBe('wal')
    const rows = await db.execute(
      `SELECT id FROM fact_sheets WHERE id IN (${acked.map(Number).join(',')})`,
    )
    expect(rows.rows.length).toBe(acked.length)
    db.close()
  }, 180_000)
})
