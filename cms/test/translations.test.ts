/**
 * The French layer over Payload's fallback strings (src/i18n/): every replaced key is one
 * Payload has (a renamed key would silently stop applying), none keeps a known fallback, and
 * dates read « 1 déc. 2026, 18 h 43 » (24-hour), as the admin's lists do.
 */
import { fr } from '@payloadcms/translations/languages/fr'
import { describe, expect, it } from 'vitest'
import { formatDate, formatTime } from '../src/i18n/formatDate'
import { adminDateFormat } from '../src/i18n/plugin'
import { frenchOverrides, knownFallbacks } from '../src/i18n/translations'

describe('French translation layer', () => {
  const stock = fr.translations as unknown as Record<string, Record<string, string>>

  it('replaces keys that Payload has, and every stock string with « un(e) » or « nouveau ou nouvelle »', () => {
    for (const [group, strings] of Object.entries(frenchOverrides)) {
      for (const key of Object.keys(strings))
        expect(stock[group]?.[key], `${group}:${key}`).toBeTypeOf('string')
    }
    for (const [group, strings] of Object.entries(stock)) {
      for (const [key, value] of Object.entries(strings)) {
        if (/un\(e\)|nouveau ou nouvelle/.test(value))
          expect(
            (frenchOverrides as Record<string, Record<string, string>>)[group]?.[key],
            `${group}:${key}`,
          ).toBeTruthy()
      }
    }
  })

  it('keeps no known fallback in the replacements', () => {
    const all = Object.values(frenchOverrides).flatMap((g) => Object.values(g))
    for (const text of all) for (const bad of knownFallbacks) expect(text).not.toContain(bad)
  })

  it('formats dates in 24-hour French', () => {
    const iso = '2026-12-01T23:43:00Z'
    expect(formatDate(iso, 'fr')).toMatch(/^\d{1,2} déc\. 2026, \d{2} h \d{2}$/)
    expect(formatTime(iso, 'fr')).toMatch(/^\d{2} h \d{2}$/)
    expect(formatDate(iso, 'en')).not.toMatch(/AM|PM/)
    expect(adminDateFormat).toBe("d MMM yyyy, HH 'h' mm")
  })
})
