import fs from 'node:fs/promises'
import path from 'node:path'
import type { Snapshot } from '@nlv/shared/snapshot'

/** Writes a snapshot as JSON atomically (temporary file + rename): readers never see half a file. */
export async function writeSnapshot(snapshot: Snapshot, file: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true })
  const tmp = `${file}.${process.pid}.tmp`
  await fs.writeFile(tmp, JSON.stringify(snapshot))
  await fs.rename(tmp, file)
}
