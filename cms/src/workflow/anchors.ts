/** Parts of a document a comment may point at (the fields every type has, then type-specific ones). */
export const anchorFields = {
  title: { fr: 'Titre', en: 'Title' },
  summary: { fr: 'Résumé', en: 'Summary' },
  keyMessages: { fr: 'Messages clés', en: 'Key messages' },
  body: { fr: 'Contenu', en: 'Body' },
  references: { fr: 'Références', en: 'References' },
  purpose: { fr: 'À quoi sert cet outil', en: 'Purpose' },
  howToUse: { fr: 'Mode d’emploi', en: 'How to use' },
  chapters: { fr: 'Chapitres', en: 'Chapters' },
  transcript: { fr: 'Transcription', en: 'Transcript' },
  abstract: { fr: 'Résumé détaillé', en: 'Abstract' },
  authors: { fr: 'Auteur·rices', en: 'Authors' },
  image: { fr: 'Image', en: 'Image' },
  pdf: { fr: 'Version imprimable (PDF)', en: 'Printable PDF' },
} as const
