import { describe, expect, it } from 'vitest'
import { checkUrl, describeUrl } from '../src/safe-url'

describe('checkUrl', () => {
  it.each([
    ['/fiches/fer/', 'relative', false],
    ['#section-2', 'relative', false],
    ['?page=2', 'relative', false],
    ['https://www.inspq.qc.ca/', 'http', true],
    ['HTTP://EXAMPLE.ORG', 'http', true],
    ['//cdn.example/x.png', 'http', true],
    ['mailto:info@alima.ca', 'mailto', false],
    ['tel:+1-514-555-1234', 'tel', false],
  ] as const)('accepts %s as %s (external: %s)', (url, kind, external) => {
    expect(checkUrl(url)).toEqual({ safe: true, href: url, kind, external })
  })

  it('trims spaces and tells the site’s own host from others', () => {
    expect(
      checkUrl('  https://www.nourrirlavie.ca/x  ', { siteUrl: 'https://nourrirlavie.ca' }),
    ).toEqual({
      safe: true,
      href: 'https://www.nourrirlavie.ca/x',
      kind: 'http',
      external: false,
    })
    expect(
      checkUrl('https://nourrirlavie.ca.evil.example/', { siteUrl: 'https://nourrirlavie.ca' }),
    ).toMatchObject({
      external: true,
    })
  })

  it('refuses mailto: and tel: where only http(s) may go', () => {
    expect(checkUrl('mailto:a@b.c', { extraSchemes: [] })).toEqual({
      safe: false,
      reason: 'scheme "mailto:" is not allowed',
    })
  })

  it('describes URLs for warnings, shortened', () => {
    expect(describeUrl('javascript:alert(1)')).toBe('"javascript:alert(1)"')
    expect(describeUrl('x'.repeat(100))).toBe(`"${'x'.repeat(79)}…"`)
    expect(describeUrl(null)).toBe('(null)')
    expect(describeUrl('a\nb')).toBe('"a\\nb"')
  })
})
