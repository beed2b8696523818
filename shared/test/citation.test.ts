import { describe, expect, it } from 'vitest'
import {
  apaAuthors,
  citationKey,
  formatReference,
  formatReferenceHtml,
  normalizeDoi,
  toApa,
  toApaHtml,
  toBibTeX,
  toRis,
} from '../src/citation'
import { guide, positionPaper, report } from './fixtures/citation/publication'

const site = 'https://nourrirlavie.ca'

describe('APA 7', () => {
  it('cites a report in French', () => {
    expect(toApa(report, 'fr', site)).toBe(
      "Tremblay, M., Côté, J.-F. et Nguyen, L. (2024). L'insécurité alimentaire pendant la grossesse : état des lieux. " +
        'Alima, Centre de nutrition sociale périnatale. https://doi.org/10.1234/nlv.2024.01',
    )
  })

  it('cites a report in English, as HTML', () => {
    expect(toApaHtml(report, 'en')).toBe(
      'Tremblay, M., Côté, J.-F., &amp; Nguyen, L. (2024). <i>Food insecurity during pregnancy: an overview</i>. ' +
        'Alima, Centre de nutrition sociale périnatale. https://doi.org/10.1234/nlv.2024.01',
    )
  })

  it('puts the organisation as author, and the page URL when there is no DOI', () => {
    expect(toApa(guide, 'fr', site)).toBe(
      'Alima, Centre de nutrition sociale périnatale. (2023). Le guide {100 %} du lait & des céréales. ' +
        'https://nourrirlavie.ca/publications/guide-100-pour-cent-lait/',
    )
    // No English version: the French title and page.
    expect(toApaHtml(guide, 'en', site)).toBe(
      'Alima, Centre de nutrition sociale périnatale. (2023). <i>Le guide {100 %} du lait &amp; des céréales</i>. ' +
        'https://nourrirlavie.ca/publications/guide-100-pour-cent-lait/',
    )
    expect(toApa(guide, 'fr')).toBe(
      'Alima, Centre de nutrition sociale périnatale. (2023). Le guide {100 %} du lait & des céréales.',
    )
  })

  it('adds no period after a title ending with a question mark', () => {
    expect(toApa(positionPaper, 'en', site)).toBe(
      'Alima, & Dupuis, A. (2025). For an adequate income? Alima, Centre de nutrition sociale périnatale. ' +
        'https://nourrirlavie.ca/en/publications/position/',
    )
  })

  it('lists authors as APA 7 does', () => {
    expect(apaAuthors([], 'fr')).toBe('')
    expect(apaAuthors(['A, A.'], 'en')).toBe('A, A.')
    expect(apaAuthors(['A, A.', 'B, B.'], 'fr')).toBe('A, A. et B, B.')
    expect(apaAuthors(['A, A.', 'B, B.'], 'en')).toBe('A, A., & B, B.')
    const many = Array.from({ length: 22 }, (_, i) => `N${i + 1}`)
    expect(apaAuthors(many, 'en')).toBe(`${many.slice(0, 19).join(', ')}, . . . N22`)
  })

  it('normalises DOIs', () => {
    expect(normalizeDoi(' https://dx.doi.org/10.1/x ')).toBe('10.1/x')
    expect(normalizeDoi('doi: 10.1/x')).toBe('10.1/x')
    expect(normalizeDoi('10.1/x')).toBe('10.1/x')
  })
})

describe('BibTeX', () => {
  it('writes a report', () => {
    expect(toBibTeX(report, { siteUrl: site })).toBe(
      [
        '@report{tremblay2024insecurite,',
        '  author = {Tremblay, M. and Côté, J.-F. and Nguyen, L.},',
        "  title = {L'insécurité alimentaire pendant la grossesse : état des lieux},",
        '  institution = {Alima, Centre de nutrition sociale périnatale},',
        '  location = {Montréal},',
        '  year = {2024},',
        '  pagetotal = {48},',
        '  isbn = {978-2-9812345-0-1},',
        '  doi = {10.1234/nlv.2024.01},',
        '  url = {https://nourrirlavie.ca/publications/insecurite-alimentaire-grossesse/},',
        '  langid = {french}',
        '}',
        '',
      ].join('\n'),
    )
  })

  it('writes a guide as a book, escaping LaTeX specials and bracing the organisation', () => {
    expect(toBibTeX(guide)).toBe(
      [
        '@book{alima2023guide,',
        '  author = {{Alima, Centre de nutrition sociale périnatale}},',
        '  title = {Le guide \\{100 \\%\\} du lait \\& des céréales},',
        '  publisher = {Alima, Centre de nutrition sociale périnatale},',
        '  location = {Montréal},',
        '  year = {2023},',
        '  langid = {french}',
        '}',
        '',
      ].join('\n'),
    )
  })

  it('writes a position paper as misc, in English', () => {
    expect(toBibTeX(positionPaper, { locale: 'en' })).toBe(
      [
        '@misc{alima2025adequate,',
        '  author = {Alima and Dupuis, A.},',
        '  title = {For an adequate income?},',
        '  publisher = {Alima, Centre de nutrition sociale périnatale},',
        '  location = {Montréal},',
        '  year = {2025},',
        '  langid = {english}',
        '}',
        '',
      ].join('\n'),
    )
  })

  it('builds keys from the family name, the year and the first significant title word', () => {
    expect(citationKey(report)).toBe('tremblay2024insecurite')
    expect(citationKey(report, 'en')).toBe('tremblay2024food')
    expect(citationKey({ ...report, authors: ['Marie-Ève Lévesque-Ouellet'] })).toBe(
      'levesqueouellet2024insecurite',
    )
  })
})

describe('RIS', () => {
  it('writes a report with CRLF line endings', () => {
    expect(toRis(report, { siteUrl: site })).toBe(
      [
        'TY  - RPRT',
        'AU  - Tremblay, M.',
        'AU  - Côté, J.-F.',
        'AU  - Nguyen, L.',
        'PY  - 2024',
        "TI  - L'insécurité alimentaire pendant la grossesse : état des lieux",
        'PB  - Alima, Centre de nutrition sociale périnatale',
        'CY  - Montréal',
        'SN  - 978-2-9812345-0-1',
        'DO  - 10.1234/nlv.2024.01',
        'UR  - https://nourrirlavie.ca/publications/insecurite-alimentaire-grossesse/',
        'LA  - fr',
        'ER  - ',
        '',
      ].join('\r\n'),
    )
  })

  it('writes a book and a generic record', () => {
    expect(toRis(guide)).toBe(
      'TY  - BOOK\r\nPY  - 2023\r\nTI  - Le guide {100 %} du lait & des céréales\r\n' +
        'PB  - Alima, Centre de nutrition sociale périnatale\r\nCY  - Montréal\r\nLA  - fr\r\nER  - \r\n',
    )
    expect(toRis(positionPaper, { locale: 'en' }).split('\r\n').slice(0, 4)).toEqual([
      'TY  - GEN',
      'AU  - Alima',
      'AU  - Dupuis, A.',
      'PY  - 2025',
    ])
  })

  it('keeps every record on one line per tag', () => {
    const multiline = {
      ...report,
      locales: { fr: { ...report.locales.fr, title: 'Un\ntitre\r\nsur deux lignes' } },
    }
    expect(toRis(multiline)).toContain('\r\nTI  - Un titre sur deux lignes\r\n')
  })
})

describe('references', () => {
  const article = {
    authors: 'Dubois, L.',
    title: 'Food insecurity',
    source: 'Journal of Nutrition',
    year: 2021,
    url: 'https://example.org/a?b=1&c=2',
  }

  it('formats an article: title plain, source in italics', () => {
    expect(formatReference(article, 'fr')).toBe(
      'Dubois, L. (2021). Food insecurity. Journal of Nutrition. https://example.org/a?b=1&c=2',
    )
    expect(formatReferenceHtml(article, 'fr')).toBe(
      'Dubois, L. (2021). Food insecurity. <i>Journal of Nutrition</i>. ' +
        '<a href="https://example.org/a?b=1&amp;c=2">https://example.org/a?b=1&amp;c=2</a>',
    )
  })

  it('formats a book without year: title in italics, « s. d. »', () => {
    expect(formatReference({ authors: 'OMS', title: 'Allaitement' }, 'fr')).toBe(
      'OMS. (s. d.). Allaitement.',
    )
    expect(formatReferenceHtml({ authors: 'WHO', title: '<Breastfeeding>' }, 'en')).toBe(
      'WHO. (n.d.). <i>&lt;Breastfeeding&gt;</i>.',
    )
  })
})
