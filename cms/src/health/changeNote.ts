/**
 * The French « Ce qui a changé » note of a document, for the translators beside a stale
 * English version. The field (`changeNote`, written when a change to published content is
 * submitted) belongs to the change-log work; until it exists, this returns null. When it
 * lands, only this function needs to follow its shape.
 */
type Doc = Record<string, unknown>

const text = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim() || null
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>
    // Localized ({ fr, en }) or a group ({ text, important }).
    return text(o.fr) ?? text(o.text) ?? text(o.note) ?? null
  }
  return null
}

export function frenchChangeNote(doc: Doc | null | undefined): string | null {
  if (!doc || !('changeNote' in doc)) return null
  return text(doc.changeNote)
}
