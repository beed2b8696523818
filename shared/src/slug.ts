/** What a slug may contain: lowercase ASCII letters and digits, single hyphens between words. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const maxSlugLength = 96

/**
 * Turns a French (or English) title into a URL slug: accents are transliterated
 * (« Éducation à l'allaitement » → `education-a-l-allaitement`), ligatures expanded (œ → oe),
 * anything else becomes a single hyphen.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxSlugLength)
    .replace(/-+$/g, '')
}

export function isSlug(value: string): boolean {
  return value.length <= maxSlugLength && slugPattern.test(value)
}
