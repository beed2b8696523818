#!/usr/bin/env node
/**
 * The quick start's secrets: PAYLOAD_SECRET (signs sessions) and SEED_PASSWORD (the seeded
 * accounts' password). Either one set in the environment is used as it is; a missing one is
 * generated on the first start and kept in <NLV_DATA_DIR>/secrets.json (default var/, never in
 * the repository), readable only by its owner (mode 0600), so no installation runs on a
 * published default. Prints `export NAME='value'` lines for `eval` (scripts/start.sh) on
 * stdout; messages go to stderr.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dataDir = path.resolve(root, process.env.NLV_DATA_DIR ?? 'var')
const file = path.join(dataDir, 'secrets.json')
const relative = path.relative(process.cwd(), file)
const shown = relative.startsWith('..') ? file : relative

const generators = {
  PAYLOAD_SECRET: () => crypto.randomBytes(32).toString('hex'),
  // Letters and digits only: easy to copy from a terminal. 18 characters ≈ 107 bits.
  SEED_PASSWORD: () => {
    const alphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'
    return Array.from(crypto.randomBytes(18), (b) => alphabet[b % alphabet.length]).join('')
  },
}

let kept = {}
if (fs.existsSync(file)) {
  kept = JSON.parse(fs.readFileSync(file, 'utf8'))
  fs.chmodSync(file, 0o600)
}
const generated = []
for (const [name, generate] of Object.entries(generators)) {
  if (process.env[name] || kept[name]) continue
  kept[name] = generate()
  generated.push(name)
}
if (generated.length) {
  fs.mkdirSync(dataDir, { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  fs.writeFileSync(temporary, `${JSON.stringify(kept, null, 2)}\n`, { mode: 0o600 })
  fs.renameSync(temporary, file)
  console.error(`[secrets] generated ${generated.join(' and ')}, kept in ${shown} (mode 0600)`)
}
for (const name of Object.keys(generators)) {
  const value = process.env[name] || kept[name]
  console.log(`export ${name}='${value.replaceAll("'", `'\\''`)}'`)
  console.log(`export NLV_${name}_FROM='${process.env[name] ? 'the environment' : shown}'`)
}
