import { describe, expect, it } from 'vitest'
import { contentTypes, publicationKinds, toolKinds } from '../src/content-types'
import {
  formatDate,
  formatDuration,
  formatFileSize,
  placeholdersOf,
  t,
  tPlural,
  uiKeys,
  uiStringsSchema,
} from '../src/i18n'
import en from '../src/i18n/en.json'
import fr from '../src/i18n/fr.json'

describe('UI string files', () => {
  it('have the same keys in English as in French, in the same order', () => {
    expect(Object.keys(en)).toEqual(Object.keys(fr))
    expect(uiKeys.length).toBeGreaterThanOrEqual(80)
  })

  it('have the same placeholders in both languages', () => {
    const mismatches = uiKeys.filter(
      (key) => placeholdersOf(fr[key]).join() !== placeholdersOf(en[key]).join(),
    )
    expect(mismatches).toEqual([])
  })

  it('name every content type (singular and plural), tool kind and publication kind', () => {
    for (const type of contentTypes) {
      expect(uiKeys).toContain(`contentType.${type}.one`)
      expect(uiKeys).toContain(`contentType.${type}.other`)
    }
    for (const kind of toolKinds) expect(uiKeys).toContain(`toolKind.${kind}`)
    for (const kind of publicationKinds) expect(uiKeys).toContain(`publicationKind.${kind}`)
  })

  it('are rejected by the schema when a key is missing, extra or empty', () => {
    const { skipLink: _removed, ...missing } = en
    expect(uiStringsSchema.safeParse(missing).success).toBe(false)
    expect(uiStringsSchema.safeParse({ ...en, 'nav.extra': 'x' }).success).toBe(false)
    expect(uiStringsSchema.safeParse({ ...en, skipLink: '' }).success).toBe(false)
    expect(uiStringsSchema.safeParse({ ...en, skipLink: 'a {broken' }).success).toBe(false)
    expect(uiStringsSchema.safeParse(en).success).toBe(true)
  })
})

describe('t', () => {
  it('returns the string of the locale', () => {
    expect(t('fr', 'skipLink')).toBe('Aller au contenu principal')
    expect(t('en', 'skipLink')).toBe('Skip to main content')
    expect(t('fr', 'contentType.intervention-tools.other')).toBe("Outils d'intervention")
    expect(t('en', 'publicationKind.position-paper')).toBe('Position paper')
  })

  it('interpolates {name} parameters', () => {
    expect(
      t('fr', 'review.reviewedOnWithNext', {
        date: formatDate('2025-09-15', 'fr'),
        nextDate: formatDate('2027-09-01', 'fr'),
      }),
    ).toBe(
      "Révisé par le comité d'experts le 15 septembre 2025 · prochaine révision prévue le 1er septembre 2027",
    )
    expect(t('en', 'pagination.pageOf', { page: 2, total: 10 })).toBe('Page 2 of 10')
    expect(t('fr', 'footer.copyright', { year: 2025 })).toBe(
      '© 2025 Alima, Centre de nutrition sociale périnatale',
    )
  })

  it('throws on a missing parameter or an unknown key', () => {
    expect(() => t('fr', 'pagination.pageOf', { page: 2 })).toThrow(
      'UI string "pagination.pageOf" needs the parameter {total}',
    )
    expect(() => t('fr', 'nope' as never)).toThrow('Unknown UI string "nope"')
    expect(() => t('de' as never, 'skipLink')).toThrow('Unknown locale "de"')
  })

  it('chooses plural forms by the locale’s rules', () => {
    expect(tPlural('fr', 'search.results', 0, { query: 'fer' })).toBe(
      '0 résultat pour «\u00a0fer\u00a0»',
    )
    expect(tPlural('fr', 'search.results', 1, { query: 'fer' })).toBe(
      '1 résultat pour «\u00a0fer\u00a0»',
    )
    expect(tPlural('fr', 'search.results', 1500, { query: 'fer' })).toBe(
      '1\u00a0500 résultats pour «\u00a0fer\u00a0»',
    )
    expect(tPlural('en', 'search.results', 0, { query: 'iron' })).toBe('0 results for “iron”')
    expect(tPlural('en', 'search.results', 1, { query: 'iron' })).toBe('1 result for “iron”')
    expect(tPlural('fr', 'contentType.webinars', 2)).toBe('Webinaires')
    // French « many » (a million) falls back to the plural.
    expect(tPlural('fr', 'publication.pages', 1_000_000)).toBe('1\u00a0000\u00a0000 pages')
  })
})

describe('formatDate', () => {
  it.each([
    ['2025-09-15', 'fr', '15 septembre 2025'],
    ['2025-09-15', 'en', 'September 15, 2025'],
    ['2025-03-01', 'fr', '1er mars 2025'],
    ['2025-03-01', 'en', 'March 1, 2025'],
    ['2025-12-31T23:30:00.000Z', 'fr', '31 décembre 2025'],
    ['2026-01-01T00:30:00-05:00', 'en', 'January 1, 2026'],
  ] as const)('%s in %s → %s', (iso, locale, expected) => {
    expect(formatDate(iso, locale)).toBe(expected)
  })

  it('rejects what is not a date', () => {
    expect(() => formatDate('demain', 'fr')).toThrow('Not a date: "demain"')
  })
})

describe('formatFileSize', () => {
  it.each([
    [0, 'fr', '0 octet'],
    [1, 'en', '1 byte'],
    [999, 'fr', '999 octets'],
    [999, 'en', '999 bytes'],
    [1000, 'fr', '1 Ko'],
    [1500, 'en', '1.5 KB'],
    [240_000, 'fr', '240 Ko'],
    [240_000, 'en', '240 KB'],
    [1_200_000, 'fr', '1,2 Mo'],
    [1_200_000, 'en', '1.2 MB'],
    [9_960, 'fr', '10 Ko'],
    [999_999, 'fr', '1 Mo'],
    [25_400_000, 'fr', '25 Mo'],
    [3_100_000_000, 'en', '3.1 GB'],
  ] as const)('%i bytes in %s → %s', (bytes, locale, expected) => {
    expect(formatFileSize(bytes, locale)).toBe(expected)
  })

  it('rejects negative and non-finite sizes', () => {
    expect(() => formatFileSize(-1, 'fr')).toThrow(RangeError)
    expect(() => formatFileSize(Number.NaN, 'fr')).toThrow(RangeError)
  })
})

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [5, '0:05'],
    [245, '4:05'],
    [600, '10:00'],
    [3600, '1:00:00'],
    [3723, '1:02:03'],
    [3723.9, '1:02:03'],
    [36_000, '10:00:00'],
  ])('%i s → %s', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected)
  })

  it('rejects negative durations', () => {
    expect(() => formatDuration(-1)).toThrow('Not a duration: -1')
  })
})
