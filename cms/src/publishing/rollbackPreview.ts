/**
 * What putting a kept build back online would change, against the live build: the items that
 * would reappear, disappear or go back to an earlier text, by type and French title — read
 * from the two builds' snapshots (each kept build keeps the snapshot it was built from, in its
 * folder and, with S3_BUCKET, in the uploads bucket: storedSnapshots.ts).
 */
import fs from 'node:fs/promises'
import { buildSnapshotFile } from './paths'
import { readStoredBuildSnapshot } from './storedSnapshots'

export interface RollbackItem {
  type: string
  title: string
}
export interface RollbackPreview {
  reappear: RollbackItem[]
  disappear: RollbackItem[]
  revert: RollbackItem[]
}

type SnapshotItem = { type: string; id: string; locales?: { fr?: { title?: string } } }

export const typeNames: Record<string, string> = {
  'fact-sheets': 'Fiche',
  'intervention-tools': 'Outil d’intervention',
  webinars: 'Webinaire',
  publications: 'Publication',
}

/** A kept build's snapshot: in its folder on this machine, else in the uploads bucket. */
async function items(buildId: string): Promise<Map<string, SnapshotItem> | null> {
  try {
    const text = await fs
      .readFile(buildSnapshotFile(buildId), 'utf8')
      .catch(async (error: NodeJS.ErrnoException) => {
        const stored = error.code === 'ENOENT' ? await readStoredBuildSnapshot(buildId) : null
        if (stored === null) throw error
        return stored
      })
    const snapshot = JSON.parse(text) as { items?: SnapshotItem[] }
    return new Map((snapshot.items ?? []).map((i) => [`${i.type}/${i.id}`, i]))
  } catch {
    return null
  }
}

const entry = (i: SnapshotItem): RollbackItem => ({
  type: typeNames[i.type] ?? i.type,
  title: i.locales?.fr?.title ?? i.id,
})
const byTitle = (a: RollbackItem, b: RollbackItem) => a.title.localeCompare(b.title, 'fr')

/** null when a snapshot is missing (the comparison cannot be made). */
export async function rollbackPreview(
  targetBuildId: string,
  liveBuildId: string | null,
): Promise<RollbackPreview | null> {
  const target = await items(targetBuildId)
  const live = liveBuildId ? await items(liveBuildId) : new Map<string, SnapshotItem>()
  if (!target || !live) return null
  const reappear: RollbackItem[] = []
  const disappear: RollbackItem[] = []
  const revert: RollbackItem[] = []
  for (const [key, item] of target) {
    const now = live.get(key)
    if (!now) reappear.push(entry(item))
    else if (JSON.stringify(now) !== JSON.stringify(item)) revert.push(entry(item))
  }
  for (const [key, item] of live) if (!target.has(key)) disappear.push(entry(item))
  return {
    reappear: reappear.sort(byTitle),
    disappear: disappear.sort(byTitle),
    revert: revert.sort(byTitle),
  }
}
