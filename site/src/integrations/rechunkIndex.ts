/**
 * Re-cuts Pagefind's word index so that a rare word never shares a chunk with a word that is
 * on most pages. Pagefind (1.x, `chunk_index`, no setting) fills chunks in word order and closes
 * one only after the word that takes it past 20,000 locations: the words just before a heavy
 * word ride in its chunk. On the 2,000-item bench « naus » (478 pages) came with « nutrit »
 * (21,000 locations): searching « nausées » fetched 37.8 KB for the index alone, over the
 * 40 KB budget of a later query; « cœur » would have fetched the 70 KB chunk of « de ».
 *
 * Here chunks are cut by their encoded size, and a heavy word (half a chunk or more on its own)
 * gets a chunk of its own. Only whole word entries move: each is decoded and re-encoded
 * as it was (cborg), the chunk table of the language's metadata is rewritten with Pagefind's
 * own boundary prefixes, and every renamed file gets a new content hash.
 */
import { createHash } from 'node:crypto'
import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { decode, encode } from 'cborg'

/**
 * Bytes of a chunk before compression (about 3:1 gzipped: ~16 KB). Pagefind counts locations
 * instead, which misjudges words on few pages (numbers, codes: its 46 KB chunk of « 5281… »).
 */
export const chunkSize = 48_000
const signature = Buffer.from('pagefind_dcd')

type Cbor = unknown[]
/** A word entry: `[word, pages, …]`, each page `[page, locations, …]`. */
type WordEntry = [string, Array<[number, number[], ...unknown[]]>, ...unknown[]]

const unpack = (bytes: Buffer): Cbor => {
  const raw = gunzipSync(bytes)
  if (!raw.subarray(0, signature.length).equals(signature))
    throw new Error('not a Pagefind file (no pagefind_dcd signature)')
  return decode(raw.subarray(signature.length)) as Cbor
}
const pack = (value: unknown) =>
  gzipSync(Buffer.concat([signature, Buffer.from(encode(value))]), { level: 9 })
const hashOf = (bytes: Buffer, length: number) =>
  createHash('sha256').update(bytes).digest('hex').slice(0, length)

/** A word entry's size in the chunk, encoded. */
export const weightOf = (word: WordEntry) => encode(word).length

/** Words in order, cut into chunks; a word of `heavy` weight or more stands alone. */
export function cut(words: WordEntry[], size = chunkSize, heavy = size / 2): WordEntry[][] {
  const chunks: WordEntry[][] = []
  let chunk: WordEntry[] = []
  let weight = 0
  const close = () => {
    if (chunk.length) chunks.push(chunk)
    chunk = []
    weight = 0
  }
  for (const word of words) {
    const w = weightOf(word)
    if (w >= heavy) {
      close()
      chunks.push([word])
      continue
    }
    chunk.push(word)
    weight += w
    if (weight >= size) close()
  }
  close()
  return chunks
}

/** Pagefind's `get_prefixes`: the shortest distinct prefixes of two neighbouring boundaries. */
export function prefixes(a: string, b: string): [string, string] {
  const ac = [...a]
  const bc = [...b]
  let common = 0
  while (common < ac.length && common < bc.length && ac[common] === bc[common]) common++
  return [ac.slice(0, common + 1).join(''), bc.slice(0, common + 1).join('')]
}

export interface RechunkReport {
  lang: string
  before: number
  after: number
  largestBefore: number
  largestAfter: number
}

/** Re-cuts the index of every language of the bundle in `bundle` (the `pagefind/` folder). */
export async function rechunkIndex(bundle: string): Promise<RechunkReport[]> {
  const entryFile = path.join(bundle, 'pagefind-entry.json')
  const entry = JSON.parse(await readFile(entryFile, 'utf8')) as {
    languages: Record<string, { hash: string }>
  }
  const reports: RechunkReport[] = []
  for (const [lang, info] of Object.entries(entry.languages)) {
    const metaFile = path.join(bundle, `pagefind.${info.hash}.pf_meta`)
    const meta = unpack(await readFile(metaFile))
    const table = meta[2] as Array<[string, string, string, ...unknown[]]>
    const words: WordEntry[] = []
    let tail: unknown[] | null = null
    let largestBefore = 0
    for (const [, , hash] of table) {
      const file = await readFile(path.join(bundle, 'index', `${hash}.pf_index`))
      largestBefore = Math.max(largestBefore, file.length)
      const [chunkWords, ...rest] = unpack(file) as [WordEntry[], ...unknown[]]
      tail ??= rest
      words.push(...chunkWords)
    }
    const chunks = cut(words)
    const written: Array<[string, string, string]> = []
    let largestAfter = 0
    for (const chunk of chunks) {
      const bytes = pack([chunk, ...(tail ?? [])])
      largestAfter = Math.max(largestAfter, bytes.length)
      let hash = `${lang}_${hashOf(bytes, 7)}`
      while (written.some((w) => w[2] === hash))
        hash = `${lang}_${hashOf(bytes, hash.length - lang.length)}`
      written.push([chunk[0]![0], chunk.at(-1)![0], hash])
    }
    for (let i = 0; i + 1 < written.length; i++) {
      const [to, from] = prefixes(written[i]![1], written[i + 1]![0])
      written[i]![1] = to
      written[i + 1]![0] = from
    }
    // Old files out first: a new chunk may have the name of an old one with the same words.
    await Promise.all(
      table.map(([, , hash]) =>
        rm(path.join(bundle, 'index', `${hash}.pf_index`), { force: true }),
      ),
    )
    for (const [i, chunk] of chunks.entries())
      await writeFile(
        path.join(bundle, 'index', `${written[i]![2]}.pf_index`),
        pack([chunk, ...(tail ?? [])]),
      )
    const newMeta = pack([...meta.slice(0, 2), written, ...meta.slice(3)])
    const metaHash = `${lang}_${hashOf(newMeta, 10)}`
    await rm(metaFile, { force: true })
    await writeFile(path.join(bundle, `pagefind.${metaHash}.pf_meta`), newMeta)
    info.hash = metaHash
    reports.push({ lang, before: table.length, after: chunks.length, largestBefore, largestAfter })
  }
  await writeFile(entryFile, JSON.stringify(entry))
  return reports
}
