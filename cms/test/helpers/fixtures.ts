/** Minimal valid data for each content type, for tests that create documents. */
import type { ContentType } from '@nlv/shared/content-types'

const base = (title: string) => ({
  title,
  summary: `Résumé de « ${title} » pour les intervenantes.`,
  keyMessages: [{ text: 'Un message clé.' }],
})

export function validData(type: ContentType, title = 'Contenu de test'): Record<string, unknown> {
  switch (type) {
    case 'fact-sheets':
      return base(title)
    case 'intervention-tools':
      return { ...base(title), toolKind: 'checklist', purpose: 'Guider la première rencontre.' }
    case 'webinars':
      return {
        ...base(title),
        recordedAt: '2025-04-16T00:00:00.000Z',
        durationMinutes: 58,
        video: { url: 'https://www.youtube.com/watch?v=abcdefghijk' },
        chapters: [{ start: 0, title: 'Introduction' }],
        transcript: [{ start: 5, speaker: 'Animatrice', text: 'Bienvenue à ce webinaire.' }],
      }
    case 'publications':
      return {
        ...base(title),
        publicationKind: 'report',
        year: 2024,
        authors: [{ name: "Équipe d'Alima" }],
      }
  }
}

/** Fields each type requires, for the required-field validation tests. */
export const requiredFields: Record<ContentType, string[]> = {
  'fact-sheets': ['title', 'summary'],
  'intervention-tools': ['title', 'summary', 'toolKind'],
  webinars: ['title', 'summary', 'recordedAt', 'durationMinutes'],
  publications: ['title', 'summary', 'publicationKind', 'year'],
}
