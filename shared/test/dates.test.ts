import { describe, expect, it } from 'vitest'
import {
  datesAfterPublication,
  needsChangeNote,
  newestFirst,
  reviewStatus,
  updatedSincePublication,
} from '../src/dates'
import { renderRichText } from '../src/rich-text'

const at = (iso: string) => new Date(iso)

describe('the public dates', () => {
  it('a first publication sets both dates; « Publié le » never moves again', () => {
    const first = datesAfterPublication(
      {},
      { contentChanged: false, now: at('2025-01-10T10:00:00Z') },
    )
    expect(first).toEqual({
      firstPublishedAt: '2025-01-10T10:00:00.000Z',
      contentUpdatedAt: '2025-01-10T10:00:00.000Z',
    })
    const edited = datesAfterPublication(first, {
      contentChanged: true,
      now: at('2025-06-01T10:00:00Z'),
    })
    expect(edited).toEqual({
      firstPublishedAt: '2025-01-10T10:00:00.000Z',
      contentUpdatedAt: '2025-06-01T10:00:00.000Z',
    })
    const rereviewed = datesAfterPublication(edited, {
      contentChanged: false,
      now: at('2026-01-01T10:00:00Z'),
    })
    expect(rereviewed).toEqual(edited)
  })

  it('asks for a note only for a change to a published item', () => {
    expect(needsChangeNote({ everPublished: true, contentChanged: true })).toBe(true)
    expect(needsChangeNote({ everPublished: true, contentChanged: false })).toBe(false)
    expect(needsChangeNote({ everPublished: false, contentChanged: true })).toBe(false)
  })

  it('says the review is overdue the day after the next review date, not on it', () => {
    const review = { lastReviewedAt: '2024-06-20', nextReviewDue: '2026-06-20' }
    expect(reviewStatus(review, at('2026-06-20T23:00:00Z')).kind).toBe('current')
    expect(reviewStatus(review, at('2026-06-21T00:30:00Z')).kind).toBe('overdue')
    expect(reviewStatus({}, at('2026-06-21T00:30:00Z')).kind).toBe('none')
  })

  it('orders the history newest first and shows « Mis à jour » only on another day', () => {
    const sorted = newestFirst([
      { date: '2024-01-01' },
      { date: '2025-03-01' },
      { date: '2024-06-01' },
    ])
    expect(sorted.map((c) => c.date)).toEqual(['2025-03-01', '2024-06-01', '2024-01-01'])
    expect(updatedSincePublication({ publishedAt: '2024-01-01', updatedAt: '2024-01-01' })).toBe(
      false,
    )
    expect(updatedSincePublication({ publishedAt: '2024-01-01', updatedAt: '2024-02-01' })).toBe(
      true,
    )
  })
})

describe('body heading ids', () => {
  it('never take an id of the page shell (a heading « Contenu » is not main#contenu)', () => {
    const html = renderRichText(
      {
        root: {
          type: 'root',
          children: [
            {
              type: 'heading',
              tag: 'h3',
              children: [{ type: 'text', text: 'Contenu', format: 0 }],
            },
          ],
        },
      },
      { locale: 'fr' },
    )
    expect(html).toContain('id="contenu-2"')
    expect(html).not.toContain('id="contenu"')
  })
})
