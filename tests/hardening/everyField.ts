/**
 * Every text field of each reviewed content type, filled with a marker (a canary word, a
 * hostile string) in one language, with an image and a PDF attached in every place a file
 * goes: fields, rich-text figure and download blocks, tool downloads, webinar slides.
 */
import { block, bulletList, heading, link, paragraph, root, text } from '@nlv/shared/test/lexical'

export const contentTypes = [
  'fact-sheets',
  'intervention-tools',
  'webinars',
  'publications',
] as const
export type ContentType = (typeof contentTypes)[number]
type Doc = Record<string, any>

/** URL and DOI fields refuse whitespace. */
const compact = (mark: string) => mark.replace(/\s+/g, '')

/** Every text field of a type, each carrying `mark`, for one locale. */
export function contentOf(
  type: ContentType,
  mark: string,
  lang: 'fr' | 'en',
  uploads: { image: Doc; pdf: Doc },
): Doc {
  const t = (label: string) => `${label} ${mark} ${lang}`
  const rich = (label: string) =>
    root(
      heading('h2', t(`${label} intertitre`)),
      paragraph(
        text(t(`${label} paragraphe`)),
        link(`https://example.org/${compact(mark)}`, t(`${label} lien`)),
      ),
      bulletList(t(`${label} puce`)),
      block('keyMessage', { text: t(`${label} message`) }),
      block('callout', {
        tone: 'warning',
        title: t(`${label} encadré`),
        text: t(`${label} texte encadré`),
      }),
      block('reference', {
        authors: t('Autrice'),
        title: t('Référence'),
        source: t('Revue'),
        year: 2024,
        url: `https://example.org/ref/${compact(mark)}`,
      }),
      block('figure', { image: uploads.image.id, caption: t(`${label} légende`) }),
      block('download', { document: uploads.pdf.id, label: t(`${label} téléchargement`) }),
    )
  const common: Doc = {
    title: t('Titre'),
    summary: t('Résumé'),
    keyMessages: [{ text: t('Message clé') }],
    body: rich('Corps'),
    references: [
      {
        authors: t('Auteurs'),
        title: t('Titre de référence'),
        source: t('Source'),
        year: 2023,
        url: `https://example.org/${compact(mark)}`,
        doi: `10.1234/${compact(mark)}`,
      },
    ],
    review: { reviewers: [{ name: t('Réviseure') }] },
    image: uploads.image.id,
    pdf: uploads.pdf.id,
  }
  switch (type) {
    case 'fact-sheets':
      return common
    case 'intervention-tools':
      return {
        ...common,
        toolKind: 'checklist',
        purpose: t('Utilité'),
        howToUse: rich('Mode d’emploi'),
        downloads: [uploads.pdf.id],
      }
    case 'webinars':
      return {
        ...common,
        recordedAt: '2025-05-01T00:00:00.000Z',
        durationMinutes: 45,
        video: { url: 'https://www.youtube.com/watch?v=abcdefghijk' },
        speakers: [{ name: t('Conférencière'), role: t('Fonction'), organisation: t('Organisme') }],
        chapters: [{ start: 0, title: t('Chapitre') }],
        transcript: [{ start: 3, speaker: t('Animatrice'), text: t('Transcription') }],
        slides: uploads.pdf.id,
      }
    case 'publications':
      return {
        ...common,
        publicationKind: 'guide',
        year: 2024,
        authors: [{ name: t('Autrice') }],
        abstract: rich('Résumé détaillé'),
        file: uploads.pdf.id,
        doi: `10.5555/${compact(mark)}`,
      }
  }
}
