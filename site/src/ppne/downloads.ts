/**
 * The PPNE downloads, written at build time at stable addresses (`@nlv/shared/ppne-urls`):
 * the series as CSV (one value per row, easy to filter in a spreadsheet) and as JSON (with
 * the method and a data dictionary), and each chart as SVG and PNG (sharp renders the SVG).
 */
import type { APIRoute, GetStaticPaths } from 'astro'
import Papa from 'papaparse'
import sharp from 'sharp'
import type { Locale } from '@nlv/shared/locales'
import type { PpneSeries } from '@nlv/shared/ppne'
import { ppneChartPath, ppneDataPath, type PpneChart } from '@nlv/shared/ppne-urls'
import { categoriesSvg, getPpneSeries, trendSvg } from './model'
import { ppneStrings } from './strings'

/** Columns of the CSV, in order. */
export const csvColumns = [
  'periode',
  'type',
  'code',
  'label_fr',
  'label_en',
  'unite',
  'valeur',
] as const

/** Each column's meaning, in both languages (the JSON's `dictionary`, the page's table). */
export function dataDictionary(locale: Locale): Array<{ column: string; meaning: string }> {
  const s = ppneStrings[locale]
  return [
    { column: 'periode', meaning: s.dictionaryPeriod },
    { column: 'type', meaning: s.dictionaryKind },
    { column: 'code', meaning: s.dictionaryCode },
    { column: 'label_fr', meaning: s.dictionaryLabel },
    { column: 'unite', meaning: s.dictionaryUnit },
    { column: 'valeur', meaning: s.dictionaryValue },
  ]
}

export function seriesCsv(series: PpneSeries): string {
  const rows: string[][] = []
  for (const period of series.periods) {
    for (const c of series.categories) {
      rows.push([
        period.period,
        'categorie',
        c.code,
        c.name.fr,
        c.name.en ?? '',
        'mois-menage-reference',
        period.categoryCosts[c.code]!.toFixed(2),
      ])
    }
    for (const p of series.profiles) {
      rows.push([
        period.period,
        'profil',
        p.code,
        p.name.fr,
        p.name.en ?? '',
        'semaine-personne',
        period.profileCosts[p.code]!.toFixed(2),
      ])
    }
  }
  // A BOM so that Excel reads the accents as UTF-8.
  return `\uFEFF${Papa.unparse({ fields: [...csvColumns], data: rows }, { newline: '\r\n' })}\r\n`
}

export function seriesJson(series: PpneSeries): string {
  return `${JSON.stringify(
    {
      title: { fr: ppneStrings.fr.title, en: ppneStrings.en.title },
      currency: 'CAD',
      units: {
        categoryCosts: 'monthly cost for the reference household',
        profileCosts: 'weekly cost per person',
      },
      dictionary: { fr: dataDictionary('fr'), en: dataDictionary('en') },
      ...series,
    },
    null,
    2,
  )}\n`
}

interface Props {
  build: () => Promise<Uint8Array | string>
  type: string
}

const svgType = 'image/svg+xml; charset=utf-8'

function chartFiles(series: PpneSeries, locale: Locale) {
  const charts: Record<PpneChart, () => string> = {
    trend: () => trendSvg(series, locale, true),
    categories: () => categoriesSvg(series, locale, true),
  }
  return (Object.keys(charts) as PpneChart[]).flatMap((chart) => [
    {
      path: ppneChartPath(chart, locale, 'svg'),
      build: async () => charts[chart](),
      type: svgType,
    },
    {
      path: ppneChartPath(chart, locale, 'png'),
      build: async () =>
        new Uint8Array(
          await sharp(Buffer.from(charts[chart]())).png({ compressionLevel: 9 }).toBuffer(),
        ),
      type: 'image/png',
    },
  ])
}

/** The files under `/ppne/` (data and French charts) or `/en/ppne/` (English charts). */
export function ppneStaticPaths(locale: Locale): ReturnType<GetStaticPaths> {
  const series = getPpneSeries()
  if (!series) return []
  const files = chartFiles(series, locale)
  if (locale === 'fr') {
    files.push(
      {
        path: ppneDataPath('csv'),
        build: async () => seriesCsv(series),
        type: 'text/csv; charset=utf-8',
      },
      {
        path: ppneDataPath('json'),
        build: async () => seriesJson(series),
        type: 'application/json; charset=utf-8',
      },
    )
  }
  return files.map(({ path, build, type }) => ({
    params: { file: path.split('/').at(-1)! },
    props: { build, type },
  }))
}

export const ppneFile: APIRoute<Props> = async ({ props }) =>
  new Response((await props.build()) as BodyInit, { headers: { 'Content-Type': props.type } })
