import { describe, expect, it } from 'vitest'
import { contentTypes } from '../src/content-types'
import {
  absoluteUrl,
  homePath,
  itemPath,
  listPath,
  searchPath,
  sectionSegments,
  themePath,
} from '../src/urls'

describe('itemPath', () => {
  it.each([
    ['fact-sheets', 'fr', '/fiches/fer-grossesse/'],
    ['intervention-tools', 'fr', '/outils/fer-grossesse/'],
    ['webinars', 'fr', '/webinaires/fer-grossesse/'],
    ['publications', 'fr', '/publications/fer-grossesse/'],
    ['fact-sheets', 'en', '/en/fact-sheets/fer-grossesse/'],
    ['intervention-tools', 'en', '/en/tools/fer-grossesse/'],
    ['webinars', 'en', '/en/webinars/fer-grossesse/'],
    ['publications', 'en', '/en/publications/fer-grossesse/'],
  ] as const)('%s in %s → %s', (type, locale, expected) => {
    expect(itemPath(type, 'fer-grossesse', locale)).toBe(expected)
  })

  it.each([
    'éducation',
    'Fer',
    'fer grossesse',
    'fer--grossesse',
    '-fer',
    'fer/../admin',
    '',
    'a'.repeat(97),
  ])('rejects the slug %j', (slug) => {
    expect(() => itemPath('fact-sheets', slug, 'fr')).toThrow(
      `Invalid slug ${JSON.stringify(slug)}`,
    )
  })

  it('rejects an unknown content type', () => {
    expect(() => itemPath('pages' as never, 'x', 'fr')).toThrow('Unknown content type "pages"')
  })

  it('has a section for every content type in every locale', () => {
    expect(Object.keys(sectionSegments).sort()).toEqual([...contentTypes].sort())
  })
})

describe('listPath', () => {
  it('gives page 1 at the section root and page n under page/n/', () => {
    expect(listPath('fact-sheets', 'fr')).toBe('/fiches/')
    expect(listPath('fact-sheets', 'fr', 1)).toBe('/fiches/')
    expect(listPath('fact-sheets', 'fr', 2)).toBe('/fiches/page/2/')
    expect(listPath('intervention-tools', 'en', 12)).toBe('/en/tools/page/12/')
  })

  it.each([0, -1, 1.5, Number.NaN])('rejects page %s', (page) => {
    expect(() => listPath('webinars', 'fr', page)).toThrow(RangeError)
  })
})

describe('other paths', () => {
  it('builds theme, home and search paths', () => {
    expect(themePath('allaitement', 'fr')).toBe('/themes/allaitement/')
    expect(themePath('allaitement', 'en')).toBe('/en/themes/allaitement/')
    expect(themePath('allaitement', 'fr', 3)).toBe('/themes/allaitement/page/3/')
    expect(() => themePath('Allaitement', 'fr')).toThrow('Invalid slug "Allaitement"')
    expect(homePath('fr')).toBe('/')
    expect(homePath('en')).toBe('/en/')
    expect(searchPath('fr')).toBe('/recherche/')
    expect(searchPath('en')).toBe('/en/search/')
  })
})

describe('absoluteUrl', () => {
  it('joins the site URL and a path', () => {
    expect(absoluteUrl('https://nourrirlavie.ca', '/fiches/fer/')).toBe(
      'https://nourrirlavie.ca/fiches/fer/',
    )
    expect(absoluteUrl('https://nourrirlavie.ca/', '/')).toBe('https://nourrirlavie.ca/')
    expect(absoluteUrl('https://alima.ca/nourrir/', '/en/')).toBe('https://alima.ca/nourrir/en/')
    expect(absoluteUrl('http://localhost:4321', '/recherche/')).toBe(
      'http://localhost:4321/recherche/',
    )
  })

  it('rejects a bad site URL or path', () => {
    expect(() => absoluteUrl('nourrirlavie.ca', '/')).toThrow('Invalid site URL "nourrirlavie.ca"')
    expect(() => absoluteUrl('ftp://nourrirlavie.ca', '/')).toThrow('expected http(s)')
    expect(() => absoluteUrl('https://nourrirlavie.ca', 'fiches/')).toThrow(
      'Invalid site path "fiches/"',
    )
    expect(() => absoluteUrl('https://nourrirlavie.ca', '//evil.example/')).toThrow(
      'Invalid site path',
    )
  })
})
