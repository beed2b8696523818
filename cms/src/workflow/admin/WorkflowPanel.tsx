'use client'
/**
 * The review panel at the top of a document's sidebar: its state, the buttons for exactly the
 * actions this user may take now (as decided on the server by rules.ts), the committee's
 * comments and the history. It renders the `workflowState` field, which is read-only.
 */
import {
  Button,
  toast,
  useConfig,
  useDocumentInfo,
  useFormModified,
  useTranslation,
} from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import type { Bilingual, WorkflowState } from '../states'
import { callApi, formatDate, type WorkflowStatus } from './api'
import { ChangesLink } from '../changes/admin/ChangesLink'
import { CommentThread } from './CommentThread'
import { EventHistory } from './EventHistory'
import { ChangeNoteEditor } from '../changeLog/admin/ChangeNoteEditor'

const stateColours: Record<WorkflowState, string> = {
  draft: 'var(--theme-elevation-150)',
  in_review: '#f6d365',
  changes_requested: '#f5a97f',
  approved: '#a6e3a1',
  published: '#5fb878',
  archived: 'var(--theme-elevation-250)',
}

export const box = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: '0.75rem',
  marginBottom: '1rem',
} as const

export function WorkflowPanel() {
  const { id, collectionSlug, savedDocumentData } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const modified = useFormModified()
  const lang = i18n.language === 'en' ? 'en' : 'fr'
  const t = useCallback((b: Bilingual) => b[lang], [lang])
  const base = `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${id}/workflow`
  const [status, setStatus] = useState<WorkflowStatus | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    if (!id) return
    const result = await callApi<WorkflowStatus>(base)
    if (result.ok) {
      setStatus(result.data)
      setError(null)
    } else setError(result.message)
  }, [base, id])

  // Reload after every save of the form too: the state, the approval and the version may change.
  const savedAt = savedDocumentData?.updatedAt as string | undefined
  useEffect(() => {
    void load()
  }, [load, savedAt])

  if (!id) {
    return (
      <div style={box} id="workflow-panel">
        <strong>{t({ fr: 'Révision par le comité', en: 'Committee review' })}</strong>
        <p>
          {t({
            fr: 'Enregistrez d’abord le brouillon : le circuit de révision commence ensuite.',
            en: 'Save the draft first; the review starts then.',
          })}
        </p>
      </div>
    )
  }

  const act = async (
    action: string,
    override: boolean,
    needsMessage: boolean,
    confirmText?: string,
  ) => {
    if (needsMessage && !message.trim()) {
      toast.error(
        t({
          fr: 'Écrivez d’abord les modifications demandées dans le message.',
          en: 'Write the requested changes in the message first.',
        }),
      )
      return
    }
    if (confirmText && !window.confirm(confirmText)) return
    setBusy(true)
    const result = await callApi<{ message: string }>(`${base}/${action}`, {
      method: 'POST',
      body: { message, override, versionId: status?.latestVersionId ?? undefined },
    })
    setBusy(false)
    if (!result.ok) {
      toast.error(result.message)
      return
    }
    toast.success(result.data.message)
    // The form holds the previous state and version: reload the document.
    window.location.reload()
  }

  return (
    <div id="workflow-panel" data-state={status?.state ?? ''}>
      <div style={box}>
        <div style={{ fontSize: '0.85em', opacity: 0.8 }}>
          {t({ fr: 'État de révision', en: 'Review state' })}
        </div>
        {status ? (
          <div
            id="workflow-state"
            style={{
              display: 'inline-block',
              margin: '0.25rem 0 0.5rem',
              padding: '0.15rem 0.6rem',
              borderRadius: 999,
              background: stateColours[status.state],
              color: '#1b1b1b',
              fontWeight: 600,
            }}
          >
            {t(status.stateLabel)}
          </div>
        ) : (
          <div>{error ?? '…'}</div>
        )}
        {status?.approval && (
          <p style={{ margin: '0.25rem 0' }}>
            {t({ fr: 'Approuvé par', en: 'Approved by' })} {status.approval.by ?? '—'},{' '}
            {formatDate(status.approval.at, lang)}
            {status.approval.version && ` (version ${status.approval.version})`}
            {!status.approval.current &&
              ` — ${t({ fr: 'le contenu a changé depuis', en: 'the content changed since' })}`}
          </p>
        )}
        {status && status.unresolvedChangeRequests > 0 && (
          <p style={{ margin: '0.25rem 0', fontWeight: 600 }} id="workflow-open-requests">
            {status.unresolvedChangeRequests}{' '}
            {t({ fr: 'demande(s) de modification à résoudre', en: 'change request(s) to resolve' })}
          </p>
        )}
        {status?.lastContentEditor && (
          <p style={{ margin: '0.25rem 0', fontSize: '0.85em' }}>
            {t({ fr: 'Dernière modification du contenu :', en: 'Content last changed by:' })}{' '}
            {status.lastContentEditor}
          </p>
        )}
        {status && status.actions.length > 0 && (
          <>
            {modified && (
              <p style={{ color: 'var(--theme-error-500)' }}>
                {t({
                  fr: 'Enregistrez vos modifications avant de changer l’état du document.',
                  en: 'Save your changes before changing the state.',
                })}
              </p>
            )}
            {status.actions.some((a) => a.asksMessage && a.enabled) && (
              <label style={{ display: 'block', marginTop: '0.5rem' }}>
                <span style={{ fontSize: '0.85em' }}>
                  {t({ fr: 'Message (joint à l’action)', en: 'Message (sent with the action)' })}
                </span>
                <textarea
                  id="workflow-message"
                  value={message}
                  onChange={(e) => setMessage(e.target.value)}
                  rows={3}
                  style={{ width: '100%', marginTop: '0.25rem' }}
                />
              </label>
            )}
            <div
              style={{
                display: 'flex',
                flexDirection: 'column',
                gap: '0.25rem',
                marginTop: '0.5rem',
              }}
            >
              {status.actions.map((a) => (
                <div key={`${a.action}-${a.override}`}>
                  <Button
                    id={`workflow-action-${a.action}`}
                    buttonStyle={a.override ? 'secondary' : 'primary'}
                    size="small"
                    margin={false}
                    disabled={!a.enabled || busy || modified}
                    onClick={() =>
                      void act(
                        a.action,
                        a.override,
                        a.needsMessage,
                        a.override
                          ? `${t(a.reason ?? { fr: '', en: '' })}\n\n${t({ fr: 'Confirmer la dérogation ?', en: 'Confirm the override?' })}`
                          : undefined,
                      )
                    }
                  >
                    {t(a.label)}
                    {a.override ? ` (${t({ fr: 'dérogation', en: 'override' })})` : ''}
                  </Button>
                  {!a.enabled && a.reason && (
                    <div style={{ fontSize: '0.8em', opacity: 0.8 }}>{t(a.reason)}</div>
                  )}
                </div>
              ))}
            </div>
          </>
        )}
      </div>
      <ChangesLink />
      {status && (
        <ChangeNoteEditor
          collection={collectionSlug!}
          docId={id}
          lang={lang}
          apiBase={`${config.serverURL ?? ''}${config.routes.api}`}
        />
      )}
      {status && (
        <CommentThread
          collection={collectionSlug!}
          docId={id}
          status={status}
          lang={lang}
          apiBase={`${config.serverURL ?? ''}${config.routes.api}`}
          onChange={load}
        />
      )}
      {status && (
        <EventHistory
          events={status.events}
          lang={lang}
          adminRoute={config.routes.admin}
          collection={collectionSlug!}
          docId={id}
        />
      )}
    </div>
  )
}
