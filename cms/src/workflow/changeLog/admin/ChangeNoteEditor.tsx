'use client'
/**
 * « Ce qui a changé » in the review panel: the content team writes it before submitting a
 * change to a published item (required then), and may mark it « changement important »; the
 * committee reads it in the review and may reword it; once approved it is shown, fixed.
 * It saves through `POST /api/<collection>/:id/change-note` (`../endpoint.ts`).
 */
import { Button, toast, useFormModified } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import { changeNoteMaxLength } from '@nlv/shared/dates'
import { callApi } from '../../admin/api'
import type { ChangeNoteStatus } from '../endpoint'

interface Props {
  collection: string
  docId: number | string
  lang: 'fr' | 'en'
  apiBase: string
}

const box = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: '0.75rem',
  marginBottom: '1rem',
} as const

export function ChangeNoteEditor({ collection, docId, lang, apiBase }: Props) {
  const t = (fr: string, en: string) => (lang === 'en' ? en : fr)
  const url = `${apiBase}/${collection}/${docId}/change-note`
  const modified = useFormModified()
  const [status, setStatus] = useState<ChangeNoteStatus | null>(null)
  const [text, setText] = useState('')
  const [textEn, setTextEn] = useState('')
  const [important, setImportant] = useState(false)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    const result = await callApi<ChangeNoteStatus>(url)
    if (!result.ok) return
    setStatus(result.data)
    setText(result.data.note.text ?? '')
    setTextEn(result.data.note.textEn ?? '')
    setImportant(result.data.note.important)
  }, [url])
  useEffect(() => {
    void load()
  }, [load])

  // Nothing to say for an item never published (its first publication is its history).
  if (!status || !status.everPublished) return null
  const saved = status.note
  const dirty =
    text.trim() !== (saved.text ?? '') ||
    textEn.trim() !== (saved.textEn ?? '') ||
    important !== saved.important

  const save = async () => {
    if (!text.trim()) {
      toast.error(
        t(
          'Écrivez ce qui a changé, en une ou deux phrases.',
          'Write what changed, in one or two sentences.',
        ),
      )
      return
    }
    setBusy(true)
    const result = await callApi<{ message: string }>(url, {
      method: 'POST',
      body: { text, textEn, important },
    })
    setBusy(false)
    if (!result.ok) {
      toast.error(result.message)
      return
    }
    toast.success(result.data.message)
    // The note is saved on a new version: reload so the panel acts on it.
    window.location.reload()
  }

  return (
    <div style={box} id="change-note" data-required={status.required ? 'true' : 'false'}>
      <strong>{t('Ce qui a changé', 'What changed')}</strong>
      <p style={{ fontSize: '0.85em', margin: '0.25rem 0 0.5rem' }}>
        {status.required
          ? t(
              'Obligatoire pour soumettre : une ou deux phrases, publiées avec la version approuvée dans l’historique des mises à jour.',
              'Required to submit: one or two sentences, published with the approved version in the update history.',
            )
          : t(
              'Publié avec la version approuvée dans l’historique des mises à jour, si le contenu a changé.',
              'Published with the approved version in the update history, if the content changed.',
            )}
      </p>
      {status.canEdit ? (
        <>
          <label style={{ display: 'block' }}>
            <span style={{ fontSize: '0.85em' }}>{t('En français', 'In French')}</span>
            <textarea
              id="change-note-text"
              value={text}
              maxLength={changeNoteMaxLength}
              onChange={(e) => setText(e.target.value)}
              rows={3}
              style={{ width: '100%', marginTop: '0.25rem' }}
            />
          </label>
          <label style={{ display: 'block', marginTop: '0.5rem' }}>
            <span style={{ fontSize: '0.85em' }}>
              {t('En anglais (facultatif)', 'In English (optional)')}
            </span>
            <textarea
              id="change-note-text-en"
              value={textEn}
              maxLength={changeNoteMaxLength}
              onChange={(e) => setTextEn(e.target.value)}
              rows={2}
              style={{ width: '100%', marginTop: '0.25rem' }}
            />
          </label>
          <label style={{ display: 'flex', gap: '0.5rem', marginTop: '0.5rem' }}>
            <input
              id="change-note-important"
              type="checkbox"
              checked={important}
              onChange={(e) => setImportant(e.target.checked)}
            />
            <span>
              {t(
                'Changement important (une recommandation a changé)',
                'Important change (a recommendation changed)',
              )}
            </span>
          </label>
          {modified && (
            <p style={{ fontSize: '0.85em', color: 'var(--theme-error-500)' }}>
              {t(
                'Enregistrez d’abord vos modifications du contenu.',
                'Save your content changes first.',
              )}
            </p>
          )}
          <div style={{ marginTop: '0.5rem' }}>
            <Button
              id="change-note-save"
              buttonStyle="secondary"
              size="small"
              margin={false}
              disabled={busy || modified || !dirty}
              onClick={() => void save()}
            >
              {t('Enregistrer la note', 'Save the note')}
            </Button>
          </div>
        </>
      ) : (
        <>
          {saved.text ? (
            <p id="change-note-saved" style={{ margin: 0 }}>
              {saved.important && (
                <strong>{t('Changement important : ', 'Important change: ')}</strong>
              )}
              {saved.text}
            </p>
          ) : (
            <p style={{ margin: 0, opacity: 0.8 }}>{t('Aucune note.', 'No note.')}</p>
          )}
          {status.reason && (
            <p style={{ fontSize: '0.8em', opacity: 0.8 }}>
              {t(status.reason.fr, status.reason.en)}
            </p>
          )}
        </>
      )}
    </div>
  )
}
