export {}
/**
 * A second process writing to the same database: creates `count` fact sheets titled
 * `<tag> <n>` (with a key message), `parallel` at a time, and prints `ack <id>` after each
 * write is acknowledged.
 * Usage: tsx test/helpers/writer.ts <tag> <count> [parallel]
 */
process.env.NLV_DB_PUSH = 'false'
const [tag = 'writer', count = '50', parallel = '1'] = process.argv.slice(2)
const { getPayload } = await import('payload')
const { default: config } = await import('../../src/payload.config')
const payload = await getPayload({ config, disableOnInit: true })
console.log('ready')
const write = async (n: number) => {
  const doc = await payload.create({
    collection: 'fact-sheets',
    data: {
      title: `${tag} ${n}`,
      summary: 'Écriture concurrente.',
      keyMessages: [{ text: `Message ${n}` }],
      _status: 'draft',
    },
    draft: true,
  })
  console.log(`ack ${doc.id}`)
}
for (let n = 0; n < Number(count); n += Number(parallel)) {
  const batch = Array.from(
    { length: Math.min(Number(parallel), Number(count) - n) },
    (_, i) => n + i,
  )
  await Promise.all(batch.map(write))
}
console.log('done')
process.exit(0)
