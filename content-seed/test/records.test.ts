import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { titleMaxLength } from '@nlv/shared/content-limits'
import { describe, expect, it } from 'vitest'
import { dataDir, loadSeedData } from '../src/records'

describe('seed files', () => {
  it('all pass the contract and hold at least the promised content', () => {
    const data = loadSeedData()
    expect(data.items['fact-sheets'].length).toBeGreaterThanOrEqual(12)
    expect(data.items['intervention-tools'].length).toBeGreaterThanOrEqual(8)
    expect(data.items.webinars.length).toBeGreaterThanOrEqual(6)
    expect(data.items.publications.length).toBeGreaterThanOrEqual(8)
    const all = Object.values(data.items).flat()
    expect(all.filter((i) => i.en).length).toBeGreaterThanOrEqual(3)
    expect(all.filter((i) => i.status === 'draft').length).toBeGreaterThan(0)
    expect(data.terms.stages.map((s) => s.slug)).toEqual([
      'preconception',
      'trimestre-1',
      'trimestre-2',
      'trimestre-3',
      'postnatal',
    ])
  })

  it('gives every published item its own plausible dates: first publication, last update, review', () => {
    const published = Object.values(loadSeedData().items)
      .flat()
      .filter((i) => i.status === 'published')
    const today = new Date().toISOString().slice(0, 10)
    for (const item of published) {
      const h = item.history
      expect(h, item.slug).toBeDefined()
      const updated = h!.updatedAt ?? h!.publishedAt
      expect(h!.publishedAt <= updated, item.slug).toBe(true)
      expect(updated <= today, item.slug).toBe(true)
      // A change was published after an approval: the last change is the last update.
      if (updated !== h!.publishedAt) expect(h!.changes.at(-1)?.date, item.slug).toBe(updated)
      for (const c of h!.changes) expect(c.date > h!.publishedAt && c.date <= updated).toBe(true)
      // Content is published after the committee approves it, never before its first review.
      if (item.review?.lastReviewedAt && updated > item.review.lastReviewedAt) {
        const days = (Date.parse(updated) - Date.parse(item.review.lastReviewedAt)) / 86_400_000
        expect(days, item.slug).toBeLessThanOrEqual(31)
      }
    }
    // A realistic spread: many different days, some items changed since publication, some
    // with an important change, and periodic reviews already overdue.
    expect(new Set(published.map((i) => i.history!.publishedAt)).size).toBeGreaterThan(20)
    expect(published.filter((i) => i.history!.changes.length > 0).length).toBeGreaterThan(5)
    expect(published.some((i) => i.history!.changes.some((c) => c.important))).toBe(true)
    expect(published.some((i) => (i.review?.nextReviewDue ?? '9999') < today)).toBe(true)
  })

  it('refuses a record that breaks the contract, naming the file and the field', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nlv-seed-'))
    fs.cpSync(dataDir, dir, { recursive: true })
    const file = path.join(dir, 'fact-sheets', 'acide-folique.json')
    const record = JSON.parse(fs.readFileSync(file, 'utf8'))
    record.fr.summary = 'x'.repeat(301)
    fs.writeFileSync(file, JSON.stringify(record))
    expect(() => loadSeedData(dir)).toThrow(/fact-sheets\/acide-folique\.json[\s\S]*fr\.summary/)
    fs.rmSync(dir, { recursive: true })
  })

  it('refuses a title the CMS would refuse (its limit comes from the shared contract)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nlv-seed-'))
    fs.cpSync(dataDir, dir, { recursive: true })
    const file = path.join(dir, 'fact-sheets', 'acide-folique.json')
    const record = JSON.parse(fs.readFileSync(file, 'utf8'))
    record.fr.title = 't'.repeat(titleMaxLength + 1)
    fs.writeFileSync(file, JSON.stringify(record))
    expect(() => loadSeedData(dir)).toThrow(/fact-sheets\/acide-folique\.json[\s\S]*fr\.title/)
    fs.rmSync(dir, { recursive: true })
  })

  it('refuses a record that points at a theme that does not exist', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nlv-seed-'))
    fs.cpSync(dataDir, dir, { recursive: true })
    const file = path.join(dir, 'fact-sheets', 'acide-folique.json')
    const record = JSON.parse(fs.readFileSync(file, 'utf8'))
    record.themes = ['theme-inexistant']
    fs.writeFileSync(file, JSON.stringify(record))
    expect(() => loadSeedData(dir)).toThrow(/unknown themes "theme-inexistant"/)
    fs.rmSync(dir, { recursive: true })
  })
})
