/**
 * Every built page is valid HTML (html-validate, recommended rules): no duplicate id (the
 * webinar page once had two `id="contenu"`), no misplaced element, no broken form. Rules
 * that only judge how markup is spelled are off because the PPNE calculator's island is
 * serialised by React (`<input/>`, `selected=""`, `inputMode`), and React's generated ids
 * (`_r1R_…`) are valid HTML ids.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { HtmlValidate } from 'html-validate'
import { describe, expect, inject, it } from 'vitest'
import { listFiles } from './helpers/readSite'

const outDir = inject('fixtureSiteDir')

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'attr-case': 'off',
    'valid-id': ['error', { relaxed: true }],
    // Checkbox groups (search filters) share their name by design.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
})

/** Astro's own island style, written inside the island's section (not ours to move). */
const astroIslandStyle =
  '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>'

describe('html-validate on every built page', () => {
  it('reports nothing, on every HTML page of the site', async () => {
    const pages = (await listFiles(outDir))
      .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
      .map((file) => path.join(outDir, file))
    expect(pages.length).toBeGreaterThan(50)
    const problems: string[] = []
    for (const file of pages) {
      const html = (await readFile(file, 'utf8')).replace(astroIslandStyle, '')
      const report = await validator.validateString(html, file)
      for (const result of report.results)
        for (const m of result.messages)
          problems.push(`${path.relative(outDir, file)}:${m.line}: ${m.ruleId}: ${m.message}`)
    }
    expect(problems).toEqual([])
  })

  it('would catch a duplicate id', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="fr"><head><title>x</title></head><body><main id="contenu"><h2 id="contenu">Contenu</h2></main></body></html>',
    )
    expect(report.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toContain('no-dup-id')
  })
})
