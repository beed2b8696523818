/**
 * Reads the PPNE spreadsheet the content team exports as CSV: one row per survey period, one
 * column per food category and per person profile.
 *
 *   periode,categorie:legumes-fruits,…,profil:femme-19-30,…,note_fr,note_en
 *   2025-07,312.45,…,71.20,…,Relevé de juillet,July survey
 *
 * Every cell is checked and every problem is reported (in French, with its line and column),
 * so that one import attempt shows everything to fix. Nothing here writes: the endpoint writes
 * only a file with no error at all.
 */
import Papa from 'papaparse'
import { periodPattern } from '@nlv/shared/ppne'

export interface CodeName {
  code: string
  name: string
}

export interface ImportIssue {
  /** Line in the file, from 1 (the header is line 1). */
  row: number
  /** Spreadsheet column letter (A, B, …), when the issue is about one cell or column. */
  column?: string
  /** The column's header. */
  header?: string
  message: string
}

export interface ParsedPeriod {
  /** Line of the file it came from. */
  row: number
  period: string
  categoryCosts: Record<string, number>
  profileCosts: Record<string, number>
  note: { fr?: string; en?: string }
}

export type ParseResult =
  { ok: true; periods: ParsedPeriod[] } | { ok: false; issues: ImportIssue[] }

type Column =
  | { kind: 'period' }
  | { kind: 'category'; code: string }
  | { kind: 'profile'; code: string }
  | { kind: 'note'; locale: 'fr' | 'en' }

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1
  let out = ''
  while (n > 0) {
    const r = (n - 1) % 26
    out = String.fromCharCode(65 + r) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}

/** « Ligne 4, colonne C (profil:femme-19-30) : … » */
export function describeIssue(issue: ImportIssue): string {
  const where = issue.column
    ? `Ligne ${issue.row}, colonne ${issue.column}${issue.header ? ` (${issue.header})` : ''}`
    : `Ligne ${issue.row}`
  return `${where} : ${issue.message}`
}

const normalise = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')

const numberPattern = /^-?\d+(\.\d+)?$/

/** A price cell: the number, or the French reason it is not one. */
export function readPrice(raw: string): { value: number } | { error: string } {
  const text = raw.trim().replace(/\s*\$$/, '')
  if (text === '') return { error: 'valeur manquante.' }
  if (/^-?\d+,\d+$/.test(text)) {
    return {
      error: `« ${raw.trim()} » utilise une virgule décimale ; écrivez un point : ${text.replace(',', '.')}.`,
    }
  }
  if (!numberPattern.test(text)) return { error: `« ${raw.trim()} » n’est pas un nombre.` }
  const value = Number(text)
  if (value < 0) return { error: `prix négatif (${text}) ; un coût est positif ou nul.` }
  return { value }
}

export function parsePpneCsv(
  text: string,
  known: { categories: CodeName[]; profiles: CodeName[] },
): ParseResult {
  const issues: ImportIssue[] = []
  const source = text.replace(/^\uFEFF/, '')
  const parsed = Papa.parse<string[]>(source, {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
  })
  const rows = parsed.data
  if (rows.length === 0 || !rows[0]?.some((c) => c.trim())) {
    return { ok: false, issues: [{ row: 1, message: 'le fichier est vide.' }] }
  }
  // Lines in the file (Papa skips empty lines, so indexes are not line numbers).
  const lineOf = lineNumbers(source, rows.length)

  const header = rows[0]
  const categories = new Map(known.categories.map((c) => [c.code, c.name]))
  const profiles = new Map(known.profiles.map((p) => [p.code, p.name]))
  const columns: (Column | null)[] = []
  const seen = new Map<string, number>()
  header.forEach((cell, index) => {
    const name = normalise(cell)
    const at = { row: 1, column: columnLetter(index), header: cell.trim() }
    const previous = seen.get(name)
    if (previous !== undefined && name) {
      issues.push({ ...at, message: `colonne en double (déjà en ${columnLetter(previous)}).` })
      columns.push(null)
      return
    }
    seen.set(name, index)
    const [prefix, code = ''] = name.split(':', 2).map((s) => s.trim())
    if (name === 'periode') columns.push({ kind: 'period' })
    else if (name === 'note_fr' || name === 'note_en')
      columns.push({ kind: 'note', locale: name === 'note_fr' ? 'fr' : 'en' })
    else if (prefix === 'categorie') {
      if (!categories.has(code)) {
        issues.push({
          ...at,
          message: `catégorie inconnue « ${code} ». Catégories connues : ${[...categories.keys()].join(', ')}.`,
        })
        columns.push(null)
      } else columns.push({ kind: 'category', code })
    } else if (prefix === 'profil') {
      if (!profiles.has(code)) {
        issues.push({
          ...at,
          message: `profil inconnu « ${code} ». Profils connus : ${[...profiles.keys()].join(', ')}.`,
        })
        columns.push(null)
      } else columns.push({ kind: 'profile', code })
    } else {
      issues.push({
        ...at,
        message:
          'en-tête inconnu ; attendu « periode », « categorie:<code> », « profil:<code> », « note_fr » ou « note_en ».',
      })
      columns.push(null)
    }
  })

  const periodIndex = columns.findIndex((c) => c?.kind === 'period')
  if (periodIndex === -1) issues.push({ row: 1, message: 'il manque la colonne « periode ».' })
  const present = (kind: 'category' | 'profile', code: string) =>
    columns.some((c) => c?.kind === kind && c.code === code)
  for (const [code, name] of categories) {
    if (!present('category', code))
      issues.push({
        row: 1,
        message: `il manque la colonne de la catégorie « ${name} » (categorie:${code}).`,
      })
  }
  for (const [code, name] of profiles) {
    if (!present('profile', code))
      issues.push({
        row: 1,
        message: `il manque la colonne du profil « ${name} » (profil:${code}).`,
      })
  }

  if (rows.length === 1) issues.push({ row: 1, message: 'aucune période dans le fichier.' })

  const periods: ParsedPeriod[] = []
  const periodRows = new Map<string, number>()
  for (let i = 1; i < rows.length; i++) {
    const row = lineOf[i] ?? i + 1
    if (rows[i]!.length > header.length) {
      issues.push({
        row,
        message: `${rows[i]!.length} valeurs au lieu de ${header.length}. Une virgule décimale (« 12,34 ») a-t-elle coupé une valeur en deux ? Écrivez un point : 12.34.`,
      })
      continue
    }
    // A short row (trailing empty cells left out) reads as empty cells: each is then reported.
    const cells = [...rows[i]!, ...Array<string>(header.length - rows[i]!.length).fill('')]
    const entry: ParsedPeriod = { row, period: '', categoryCosts: {}, profileCosts: {}, note: {} }
    cells.forEach((raw, index) => {
      const column = columns[index]
      if (!column) return
      const at = { row, column: columnLetter(index), header: header[index]!.trim() }
      switch (column.kind) {
        case 'period': {
          const value = raw.trim()
          if (!periodPattern.test(value)) {
            issues.push({
              ...at,
              message: value
                ? `« ${value} » n’est pas une période ; écrivez l’année et le mois, par exemple 2025-07.`
                : 'période manquante.',
            })
            return
          }
          const first = periodRows.get(value)
          if (first !== undefined) {
            issues.push({ ...at, message: `la période ${value} figure déjà à la ligne ${first}.` })
            return
          }
          periodRows.set(value, row)
          entry.period = value
          return
        }
        case 'note':
          if (raw.trim()) entry.note[column.locale] = raw.trim()
          return
        default: {
          const price = readPrice(raw)
          if ('error' in price) {
            const name = (column.kind === 'category' ? categories : profiles).get(column.code)
            const what = column.kind === 'category' ? 'catégorie' : 'profil'
            issues.push({ ...at, message: `${what} « ${name} » : ${price.error}` })
            return
          }
          const target = column.kind === 'category' ? entry.categoryCosts : entry.profileCosts
          target[column.code] = price.value
        }
      }
    })
    periods.push(entry)
  }
  if (issues.length > 0) return { ok: false, issues: issues.sort((a, b) => a.row - b.row) }
  return { ok: true, periods: periods.sort((a, b) => a.period.localeCompare(b.period)) }
}

/** The line on which each non-empty record starts (records may span lines inside quotes). */
function lineNumbers(source: string, count: number): number[] {
  const result = Papa.parse<string[]>(source, {
    skipEmptyLines: false,
    delimitersToGuess: [',', ';', '\t'],
  })
  const lines: number[] = []
  let line = 1
  for (const record of result.data) {
    if (record.some((c) => c.trim())) lines.push(line)
    line += 1 + record.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0)
    if (lines.length >= count) break
  }
  return lines
}
