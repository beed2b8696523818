'use client'
/**
 * The build history as people read it: one « En ligne » build (the live one), the others
 * « Remplacée », « Aucun changement (site inchangé) », « Échec »…; durations in seconds.
 */
import { useField, useTranslation } from '@payloadcms/ui'
import './buildLog.css'

type Row = { status?: string; live?: boolean | null }

const statusText = (row: Row, en: boolean): string => {
  const say = (fr: string, english: string) => (en ? english : fr)
  switch (row.status) {
    case 'succeeded':
      return row.live ? say('En ligne', 'Live') : say('Remplacée', 'Superseded')
    case 'unchanged':
      return say('Aucun changement (site inchangé)', 'No change (site unchanged)')
    case 'failed':
      return say('Échec (site inchangé)', 'Failed (site unchanged)')
    case 'running':
      return say('En cours…', 'Running…')
    case 'rollback':
      return say('Retour en arrière', 'Rollback')
    default:
      return row.status ?? ''
  }
}

const statusClass = (row: Row) =>
  row.status === 'succeeded' && row.live ? 'live' : (row.status ?? 'unknown')

export function BuildStatusCell({ rowData }: { rowData?: Row }) {
  const { i18n } = useTranslation()
  const row = rowData ?? {}
  return (
    <span className={`nlv-build-status nlv-build-status--${statusClass(row)}`}>
      {statusText(row, i18n.language === 'en')}
    </span>
  )
}

const numberLocale = (lang: string) => (lang === 'en' ? 'en-CA' : 'fr-CA')
const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

/** « 42,5 s » / « 42.5 s » from milliseconds. */
export const seconds = (ms: unknown, lang: string): string =>
  isNumber(ms)
    ? `${(ms / 1000).toLocaleString(numberLocale(lang), {
        maximumFractionDigits: ms < 10_000 ? 1 : 0,
      })} s`
    : '—'

export function SecondsCell({ cellData }: { cellData?: unknown }) {
  const { i18n } = useTranslation()
  return <span>{seconds(cellData, i18n.language)}</span>
}

/**
 * A count in the build log; « — » when the build recorded none (a failed build), instead of
 * Payload's « <Pas de Contenus publiés> ».
 */
export function CountCell({ cellData }: { cellData?: unknown }) {
  const { i18n } = useTranslation()
  return (
    <span>{isNumber(cellData) ? cellData.toLocaleString(numberLocale(i18n.language)) : '—'}</span>
  )
}

/** A read-only duration in the build's page, in seconds. */
export function SecondsField({
  path,
  field,
}: {
  path: string
  field?: { label?: string | Record<string, string> }
}) {
  const { i18n } = useTranslation()
  const { value } = useField<number>({ path })
  const label =
    typeof field?.label === 'string'
      ? field.label
      : (field?.label?.[i18n.language] ?? field?.label?.fr ?? '')
  return (
    <div className="field-type nlv-seconds-field">
      <div className="field-label">{label}</div>
      <div>{seconds(value, i18n.language)}</div>
    </div>
  )
}

/** The status in the build's page, with the same words as the list. */
export function BuildStatusField() {
  const { i18n } = useTranslation()
  const status = useField<string>({ path: 'status' }).value
  const live = useField<boolean>({ path: 'live' }).value
  const row = { status, live }
  return (
    <div className="field-type">
      <div className="field-label">{i18n.language === 'en' ? 'Status' : 'État'}</div>
      <span className={`nlv-build-status nlv-build-status--${statusClass(row)}`}>
        {statusText(row, i18n.language === 'en')}
      </span>
    </div>
  )
}
