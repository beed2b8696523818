import { describe, expect, it } from 'vitest'
import { fileTypeLabel, formatFileMeta } from '../src/file-meta'

describe('fileTypeLabel', () => {
  it.each([
    ['application/pdf', 'x.bin', 'PDF'],
    ['APPLICATION/PDF; charset=binary', null, 'PDF'],
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'x.xlsx', 'Excel'],
    ['application/octet-stream', 'carte.odg', 'ODG'],
    [null, 'notes.md', 'MD'],
    ['application/octet-stream', 'sans-extension', null],
    [undefined, undefined, null],
  ])('%s + %s → %s', (mimeType, filename, expected) => {
    expect(fileTypeLabel(mimeType, filename)).toBe(expected)
  })
})

describe('formatFileMeta', () => {
  it('gives the format and the size', () => {
    expect(formatFileMeta({ mimeType: 'application/pdf', filesize: 240_000 }, 'fr')).toBe(
      'PDF, 240 Ko',
    )
    expect(formatFileMeta({ mimeType: 'application/pdf', filesize: 1_200_000 }, 'en')).toBe(
      'PDF, 1.2 MB',
    )
  })

  it('leaves out what it does not know', () => {
    expect(formatFileMeta({ filename: 'a.zip' }, 'fr')).toBe('ZIP')
    expect(formatFileMeta({ filesize: 2000 }, 'en')).toBe('2 KB')
    expect(formatFileMeta({ filesize: -5 }, 'en')).toBe('')
  })
})
