'use client'
/**
 * « Importer un fichier CSV » above the list of PPNE periods: choose a file → the server
 * checks it and shows what would change (or every error, with line and column) → « Importer »
 * writes the periods as drafts, to be submitted to the committee like any content.
 */
import { Button, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'
import type { PreviewPeriod } from '../importEndpoint'

type Answer =
  | { kind: 'preview'; preview: PreviewPeriod[]; written: boolean }
  | { kind: 'errors'; errors: string[] }

const actionLabels: Record<PreviewPeriod['action'], string> = {
  create: 'nouvelle période',
  update: 'modifie la période existante',
  unchanged: 'aucun changement',
}

const box = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: '1rem',
  marginBottom: '1.5rem',
} as const

const value = (v: number | string | null) =>
  v === null ? '—' : typeof v === 'number' ? v.toFixed(2).replace('.', ',') + ' $' : v

export function PpneImport() {
  const { config } = useConfig()
  const router = useRouter()
  const inputId = useId()
  const [csv, setCsv] = useState<string | null>(null)
  const [fileName, setFileName] = useState('')
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [busy, setBusy] = useState(false)
  const endpoint = `${config.serverURL ?? ''}${config.routes.api}/ppne-periods/import`

  async function send(text: string, commit: boolean) {
    setBusy(true)
    try {
      const res = await fetch(endpoint, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ csv: text, commit }),
      })
      const data = await res.json().catch(() => null)
      if (res.ok && data?.preview) {
        setAnswer({ kind: 'preview', preview: data.preview, written: data.written })
        if (data.written) router.refresh()
      } else {
        const errors = (data?.errors ?? []).map((e: { message: string }) => e.message)
        setAnswer({ kind: 'errors', errors: errors.length ? errors : [`Erreur ${res.status}`] })
      }
    } catch {
      setAnswer({ kind: 'errors', errors: ['Le serveur ne répond pas ; réessayez.'] })
    } finally {
      setBusy(false)
    }
  }

  async function onFile(file: File | undefined) {
    setAnswer(null)
    if (!file) return
    const text = await file.text()
    setCsv(text)
    setFileName(file.name)
    await send(text, false)
  }

  const toWrite =
    answer?.kind === 'preview' && !answer.written
      ? answer.preview.filter((p) => p.action !== 'unchanged').length
      : 0

  return (
    <section style={box} aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`} style={{ marginTop: 0 }}>
        Importer un fichier CSV
      </h3>
      <p>
        Une ligne par période (colonne <code>periode</code>, AAAA-MM), une colonne par catégorie (
        <code>categorie:&lt;code&gt;</code>, coût mensuel du ménage de référence) et par profil (
        <code>profil:&lt;code&gt;</code>, coût hebdomadaire par personne), facultativement{' '}
        <code>note_fr</code> et <code>note_en</code>. Décimales avec un point : 12.34. Rien n’est
        enregistré tant que le fichier contient une erreur ; les périodes importées sont des
        brouillons à soumettre au comité.
      </p>
      <label htmlFor={inputId} style={{ display: 'block', fontWeight: 600 }}>
        Fichier CSV
      </label>
      <input
        id={inputId}
        type="file"
        accept=".csv,text/csv"
        disabled={busy}
        onChange={(e) => void onFile(e.target.files?.[0])}
      />
      <div aria-live="polite">
        {busy && <p>Vérification…</p>}
        {answer?.kind === 'errors' && (
          <div role="alert">
            <p style={{ color: 'var(--theme-error-500)', fontWeight: 600 }}>
              {fileName ? `« ${fileName} » n’a pas été importé` : 'Import refusé'} :{' '}
              {answer.errors.length} erreur{answer.errors.length > 1 ? 's' : ''}. Rien n’a été
              enregistré.
            </p>
            <ul>
              {answer.errors.map((e, i) => (
                <li key={i}>{e}</li>
              ))}
            </ul>
          </div>
        )}
        {answer?.kind === 'preview' && (
          <>
            <p style={{ fontWeight: 600 }}>
              {answer.written
                ? `Import terminé : ${answer.preview.filter((p) => p.action !== 'unchanged').length} période(s) enregistrée(s) en brouillon.`
                : `Aperçu de « ${fileName} » : ${answer.preview.length} période(s), ${toWrite} à enregistrer.`}
            </p>
            <table className="table">
              <caption style={{ textAlign: 'left' }}>Ce que l’import va changer</caption>
              <thead>
                <tr>
                  <th scope="col">Période</th>
                  <th scope="col">Effet</th>
                  <th scope="col">Valeurs modifiées</th>
                </tr>
              </thead>
              <tbody>
                {answer.preview.map((p) => (
                  <tr key={p.period}>
                    <th scope="row">{p.period}</th>
                    <td>{actionLabels[p.action]}</td>
                    <td>
                      {p.action === 'update'
                        ? p.changes
                            .map((c) => `${c.name} : ${value(c.before)} → ${value(c.after)}`)
                            .join(' · ')
                        : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {!answer.written && toWrite > 0 && csv && (
              <Button disabled={busy} onClick={() => void send(csv, true)}>
                Importer {toWrite} période{toWrite > 1 ? 's' : ''}
              </Button>
            )}
          </>
        )}
      </div>
    </section>
  )
}
