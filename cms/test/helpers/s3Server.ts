/**
 * A real S3-protocol server for tests: s3rver (npm), on loopback, on a free port, storing in a
 * temporary folder, with the buckets created. `env` is what the CMS needs to use it; `stop()`
 * closes it and removes the folder.
 *
 *   const s3 = await startS3Server(['nlv-uploads'])
 *   Object.assign(process.env, s3.env, { S3_BUCKET: 'nlv-uploads' })
 *
 * Path-style addresses (`http://127.0.0.1:<port>/<bucket>/<key>`); s3rver's fixed keys.
 */
import fs from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { S3, type S3ClientConfig } from '@aws-sdk/client-s3'
import S3rver from 's3rver'

export interface TestS3Server {
  endpoint: string
  /** The S3_* variables that point the CMS at this server (add S3_BUCKET / NLV_SITE_BUCKET). */
  env: Record<string, string>
  /** A client of this server, as the CMS configures its own. */
  client: S3
  /** Every key in a bucket, sorted. */
  keys(bucket: string, prefix?: string): Promise<string[]>
  /** An object's bytes, or null when it does not exist. */
  read(bucket: string, key: string): Promise<Buffer | null>
  /** Answers 500 to every request whose decoded path matches (null: none), as a failing service would. */
  failRequests(pattern: RegExp | null): void
  stop(): Promise<void>
}

export async function startS3Server(buckets: string[]): Promise<TestS3Server> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'nlv-s3-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: buckets.map((name) => ({ name, configs: [] })),
  })
  // s3rver's request handler behind a server of ours, so that a test can make requests fail.
  await server.configureBuckets()
  const handle = server.callback()
  let failing: RegExp | null = null
  const http = createServer((req, res) => {
    if (failing?.test(decodeURIComponent(req.url ?? ''))) {
      req.resume()
      res.writeHead(500, { 'Content-Type': 'application/xml' })
      res.end(
        '<?xml version="1.0" encoding="UTF-8"?><Error><Code>InternalError</Code><Message>Failure injected by the test</Message></Error>',
      )
      return
    }
    handle(req, res)
  })
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  const { port } = http.address() as AddressInfo
  const endpoint = `http://127.0.0.1:${port}`
  const env = {
    S3_ENDPOINT: endpoint,
    S3_REGION: 'us-east-1',
    // s3rver's own credentials: it checks request signatures against them.
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
  }
  const config: S3ClientConfig = {
    endpoint,
    region: env.S3_REGION,
    forcePathStyle: true,
    credentials: { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  }
  const client = new S3(config)
  return {
    endpoint,
    env,
    client,
    async keys(bucket, prefix) {
      const out: string[] = []
      let token: string | undefined
      do {
        const page = await client.listObjectsV2({
          Bucket: bucket,
          Prefix: prefix,
          ContinuationToken: token,
        })
        for (const o of page.Contents ?? []) if (o.Key) out.push(o.Key)
        token = page.IsTruncated ? page.NextContinuationToken : undefined
      } while (token)
      return out.sort()
    },
    async read(bucket, key) {
      try {
        const object = await client.getObject({ Bucket: bucket, Key: key })
        return Buffer.from(await object.Body!.transformToByteArray())
      } catch (error) {
        if ((error as { name?: string }).name === 'NoSuchKey') return null
        throw error
      }
    },
    failRequests(pattern) {
      failing = pattern
    },
    async stop() {
      client.destroy()
      http.closeAllConnections()
      await new Promise((resolve) => http.close(resolve))
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}
