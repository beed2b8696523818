import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { checkObjectStorageEnv, objectStorageEnv } from '../src/storage/env'

const schema = z.object(objectStorageEnv).superRefine(checkObjectStorageEnv)
const problems = (env: Record<string, string>) => {
  const result = schema.safeParse(env)
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}
const keys = { S3_REGION: 'ca-central-1', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret' }

describe('object storage settings', () => {
  it('need nothing when no bucket is set (the local disk)', () => {
    expect(problems({})).toEqual([])
  })

  it('name each variable a bucket is missing, in English', () => {
    expect(problems({ S3_BUCKET: 'nlv-uploads' })).toEqual([
      "S3_REGION: is required when S3_BUCKET is set (the object storage service's region, e.g. ca-central-1)",
      "S3_ACCESS_KEY_ID: is required when S3_BUCKET is set (the object storage service's credentials)",
      "S3_SECRET_ACCESS_KEY: is required when S3_BUCKET is set (the object storage service's credentials)",
    ])
    expect(
      problems({ NLV_SITE_BUCKET: 'nlv-site', S3_REGION: 'x', S3_ACCESS_KEY_ID: 'a' }),
    ).toEqual([
      "S3_SECRET_ACCESS_KEY: is required when NLV_SITE_BUCKET is set (the object storage service's credentials)",
    ])
  })

  it('refuse a malformed bucket name, endpoint or switch', () => {
    expect(problems({ ...keys, S3_BUCKET: 'Mes_Fichiers' })[0]).toMatch(
      /^S3_BUCKET: must be an S3 bucket name/,
    )
    expect(problems({ ...keys, S3_BUCKET: 'nlv', S3_ENDPOINT: 'minio:9000' })[0]).toMatch(
      /^S3_ENDPOINT: must be an http\(s\) URL/,
    )
    expect(problems({ S3_FORCE_PATH_STYLE: 'yes' })[0]).toMatch(
      /^S3_FORCE_PATH_STYLE: must be true or false/,
    )
  })

  it('refuse one bucket for both the private uploads and the public site', () => {
    expect(problems({ ...keys, S3_BUCKET: 'nlv', NLV_SITE_BUCKET: 'nlv' })[0]).toMatch(
      /^NLV_SITE_BUCKET: must differ from S3_BUCKET/,
    )
  })

  it('accept a complete configuration', () => {
    expect(
      schema.parse({
        ...keys,
        S3_BUCKET: 'nlv-uploads',
        S3_ENDPOINT: 'http://127.0.0.1:9000',
        S3_FORCE_PATH_STYLE: 'true',
      }),
    ).toMatchObject({ S3_BUCKET: 'nlv-uploads', S3_FORCE_PATH_STYLE: true })
  })
})
