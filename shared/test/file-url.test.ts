import { describe, expect, it } from 'vitest'
import { fileUrl } from '../src/file-url'

const cms = 'https://cms.nourrirlavie.test/'

describe('fileUrl', () => {
  it('puts CMS paths on the CMS and keeps absolute http(s) URLs', () => {
    expect(fileUrl('/api/media/file/a.webp', cms)).toBe(
      'https://cms.nourrirlavie.test/api/media/file/a.webp',
    )
    expect(fileUrl('https://cdn.example/a.pdf', cms)).toBe('https://cdn.example/a.pdf')
  })

  it('keeps the site’s own copies (`/fichiers/<hash>/<name>`) on the site', () => {
    expect(fileUrl('/fichiers/0123456789abcdef/fiche-fer.pdf', cms)).toBe(
      '/fichiers/0123456789abcdef/fiche-fer.pdf',
    )
    // Anything else under the prefix is a CMS path like any other, not a site file.
    expect(fileUrl('/fichiers/../api/x.pdf', cms)).toBe(
      'https://cms.nourrirlavie.test/fichiers/../api/x.pdf',
    )
  })

  it.each(['javascript:alert(1)', '//evil.example/a.pdf', 'data:text/html,x', 'mailto:a@b.c', ''])(
    'refuses %j',
    (url) => {
      expect(fileUrl(url, cms)).toBeNull()
    },
  )
})
