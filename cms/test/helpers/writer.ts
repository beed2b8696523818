export {}
/**
 * A second process writing to the same database: creates `count` fact sheets titled
 * `<tag> <n>` and prints `ack <id>` after each write is acknowledged.
 * Usage: tsx test/helpers/writer.ts <tag> <count>
 */
process.env.NLV_DB_PUSH = 'false'
const [tag = 'writer', count = '50'] = process.argv.slice(2)
const { getPayload } = await import('payload')
const { default: config } = await import('../../src/payload.config')
const payload = await getPayload({ config, disableOnInit: true })
console.log('ready')
for (let n = 0; n < Number(count); n++) {
  const doc = await payload.create({
    collection: 'fact-sheets',
    data: { title: `${tag} ${n}`, summary: 'Écriture concurrente.', _status: 'draft' },
    draft: true,
  })
  console.log(`ack ${doc.id}`)
}
console.log('done')
process.exit(0)
