/**
 * The four kinds of content practitioners read. The value is the Payload collection slug,
 * which is also the public REST path (`/api/fact-sheets`).
 */
export const contentTypes = [
  'fact-sheets',
  'intervention-tools',
  'webinars',
  'publications',
] as const
export type ContentType = (typeof contentTypes)[number]

export const taxonomyTypes = ['themes', 'audiences', 'stages'] as const
export type TaxonomyType = (typeof taxonomyTypes)[number]

/** Kinds of intervention tool (`intervention-tools.toolKind`). */
export const toolKinds = [
  'checklist',
  'conversation-guide',
  'handout',
  'assessment-grid',
  'calculator',
  'other',
] as const
export type ToolKind = (typeof toolKinds)[number]

/** Kinds of publication (`publications.publicationKind`). */
export const publicationKinds = [
  'report',
  'guide',
  'position-paper',
  'research-summary',
  'ppne-report',
] as const
export type PublicationKind = (typeof publicationKinds)[number]
