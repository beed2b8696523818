'use client'
/**
 * The review panel at the top of a document's sidebar: its state, whether the public site
 * shows it yet, the buttons for exactly the actions this user may take now (as decided on the
 * server by rules.ts) — the expected next step as the one primary button, the others
 * secondary —, the committee's comments and the history. It renders the `workflowState`
 * field, which is read-only.
 *
 * An action updates the panel in place (no page reload): the new state, the buttons, the
 * header's « Site : … » and, when the item enters or leaves « En révision », whether the form
 * may be edited (the document's permissions, see readOnlyInReview.ts). Publishing, archiving
 * and an override ask first, in an accessible dialog (ConfirmDialog.tsx).
 *
 * Other parts of the review experience add their piece here as one component and one line.
 */
import {
  Button,
  toast,
  useConfig,
  useDocumentInfo,
  useFormModified,
  useTranslation,
} from '@payloadcms/ui'
import { useCallback, useEffect, useRef, useState } from 'react'
import { PublicationLine } from '../../publishing/admin/PublicationLine'
import { setPublication } from '../../publishing/admin/publicationStore'
import type { Publication } from '../../publishing/publicationStatus'
import type { OfferedAction } from '../rules'
import type { Bilingual, WorkflowState } from '../states'
import { callApi, formatDate, type WorkflowStatus } from './api'
import { ChangesLink } from '../changes/admin/ChangesLink'
import { CommentThread } from './CommentThread'
import { type ConfirmOptions, useConfirm } from './ConfirmDialog'
import { EventHistory } from './EventHistory'
import { ChangeNoteEditor } from '../changeLog/admin/ChangeNoteEditor'
import './panel.css'

/** The expected next step in each state (for the one primary button). */
function expectedAction(state: WorkflowState, status: WorkflowStatus): string | null {
  switch (state) {
    case 'draft':
    case 'changes_requested':
      return 'submit'
    case 'in_review':
      return status.unresolvedChangeRequests > 0 ? 'request_changes' : 'approve'
    case 'approved':
      return 'publish'
    case 'archived':
      return 'reopen'
    default:
      return null
  }
}

/** How often the panel asks whether the build that carries the change is live yet. */
const POLL_MS = 3000

export const box = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: '0.75rem',
  marginBottom: '1rem',
} as const

export function WorkflowPanel({
  initialStatus,
  initialFor,
}: {
  /** The status rendered on the server with the page (WorkflowPanelField.tsx), if any. */
  initialStatus?: WorkflowStatus
  /** The saved version (`updatedAt`) that status describes. */
  initialFor?: string
} = {}) {
  const { id, collectionSlug, savedDocumentData, title, getDocPermissions, setHasPublishedDoc } =
    useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const modified = useFormModified()
  const lang = i18n.language === 'en' ? 'en' : 'fr'
  const t = useCallback((b: Bilingual) => b[lang], [lang])
  const base = `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${id}/workflow`
  const key = `${collectionSlug}/${id}`
  const [status, setStatus] = useState<WorkflowStatus | null>(initialStatus ?? null)
  const [error, setError] = useState<string | null>(null)
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  const [confirm, dialog] = useConfirm()
  const stateRef = useRef<WorkflowState | null>(initialStatus?.state ?? null)
  const onlineRef = useRef(initialStatus?.online ?? false)
  // Read at the time of a load, without making `load` change (and reload) with them.
  const docRef = useRef({ savedDocumentData, getDocPermissions, setHasPublishedDoc })
  docRef.current = { savedDocumentData, getDocPermissions, setHasPublishedDoc }

  const showPublication = useCallback(
    (publication: Publication, online: boolean, state: WorkflowState) => {
      setPublication(key, { publication, online, state })
      docRef.current.setHasPublishedDoc?.(online)
    },
    [key],
  )

  const load = useCallback(async () => {
    if (!id) return null
    const result = await callApi<WorkflowStatus>(base)
    if (!result.ok) {
      setError(result.message)
      return null
    }
    const previous = stateRef.current
    stateRef.current = result.data.state
    onlineRef.current = result.data.online
    setStatus(result.data)
    setError(null)
    showPublication(result.data.publication, result.data.online, result.data.state)
    // Entering or leaving « En révision » changes whether the form may be edited.
    if (previous && (previous === 'in_review') !== (result.data.state === 'in_review')) {
      const { getDocPermissions: refresh, savedDocumentData: saved } = docRef.current
      await refresh({ ...(saved ?? {}), workflowState: result.data.state })
    }
    return result.data
  }, [base, id, showPublication])

  // Reload after every save of the form too: the state, the approval and the version may change.
  // Until the status of the saved version is back, the buttons wait (an action sends the
  // version it was offered for; the previous one would be refused as stale, « rechargez la
  // page »). `loadedFor` is compared during render, so no click falls between the save and
  // the effect that starts the reload.
  const savedAt = savedDocumentData?.updatedAt as string | undefined
  // The server's status is used as long as it describes the saved version (no second request).
  const fromServer = useRef(initialStatus && initialFor === savedAt ? initialStatus : null)
  const [loadedFor, setLoadedFor] = useState<string | undefined>(
    fromServer.current ? savedAt : undefined,
  )
  const requestedFor = useRef(savedAt)
  useEffect(() => {
    requestedFor.current = savedAt
    const rendered = fromServer.current
    fromServer.current = null
    if (rendered) {
      showPublication(rendered.publication, rendered.online, rendered.state)
      return
    }
    void load().then(() => {
      if (requestedFor.current === savedAt) setLoadedFor(savedAt)
    })
  }, [load, savedAt, showPublication])
  const reloading = loadedFor !== savedAt
  // The panel is rendered on the server first: until React has hydrated it, its buttons do
  // nothing and the header's status (PublicationStatus) still reads « … ». `data-ready` says
  // the panel is live and has handed the saved version's status to the header's store (the
  // browser tests wait for it before they click; the header may render a moment later).
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])

  // While the site is being rebuilt, ask every few seconds whether the change is live.
  const pending = status?.publication.state === 'pending'
  useEffect(() => {
    if (!pending) return
    const timer = setInterval(async () => {
      const result = await callApi<Publication>(`${base}/publication`)
      if (!result.ok) return
      setStatus((s) => (s ? { ...s, publication: result.data } : s))
      showPublication(result.data, onlineRef.current, stateRef.current ?? 'draft')
    }, POLL_MS)
    return () => clearInterval(timer)
  }, [pending, base, showPublication])

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

  const itemTitle = title ? `« ${title} »` : t({ fr: 'ce contenu', en: 'this item' })
  const confirmation = (a: OfferedAction): ConfirmOptions | null => {
    if (a.override)
      return {
        title: t({ fr: 'Confirmer la dérogation ?', en: 'Confirm the override?' }),
        body: (
          <>
            <p>{t(a.reason ?? { fr: '', en: '' })}</p>
            <p>
              {t({
                fr: 'La dérogation sera consignée dans l’historique, avec votre nom.',
                en: 'The override is recorded in the history, with your name.',
              })}
            </p>
          </>
        ),
        confirmLabel: `${t(a.label)} (${t({ fr: 'dérogation', en: 'override' })})`,
        cancelLabel: t({ fr: 'Annuler', en: 'Cancel' }),
        danger: true,
      }
    if (a.action === 'publish')
      return {
        title: t({ fr: `Publier ${itemTitle} ?`, en: `Publish ${itemTitle}?` }),
        body: (
          <p>
            {t({
              fr: 'La version approuvée par le comité sera mise en ligne sur le site public, dans toutes ses langues. La reconstruction du site prend une à deux minutes ; ce panneau indique quand la page est en ligne.',
              en: 'The version the committee approved goes live on the public site, in all its languages. Rebuilding the site takes a minute or two; this panel says when the page is live.',
            })}
          </p>
        ),
        confirmLabel: t({ fr: 'Publier', en: 'Publish' }),
        cancelLabel: t({ fr: 'Annuler', en: 'Cancel' }),
      }
    if (a.action === 'archive')
      return {
        title: t({
          fr: `Retirer ${itemTitle} du site ?`,
          en: `Remove ${itemTitle} from the site?`,
        }),
        body: (
          <p>
            {t({
              fr: 'La page ne sera plus accessible sur le site public. Le contenu reste dans l’administration, archivé : vous pourrez le remettre en brouillon.',
              en: 'The page will no longer be on the public site. The item stays in the admin, archived: you can reopen it as a draft.',
            })}
          </p>
        ),
        confirmLabel: t({ fr: 'Archiver', en: 'Archive' }),
        cancelLabel: t({ fr: 'Annuler', en: 'Cancel' }),
        danger: true,
      }
    return null
  }

  const act = async (a: OfferedAction) => {
    if (a.needsMessage && !message.trim()) {
      toast.error(
        t({
          fr: 'Écrivez d’abord les modifications demandées dans le message.',
          en: 'Write the requested changes in the message first.',
        }),
      )
      return
    }
    const ask = confirmation(a)
    if (ask && !(await confirm(ask))) return
    setBusy(true)
    const result = await callApi<{ message: string }>(`${base}/${a.action}`, {
      method: 'POST',
      body: { message, override: a.override, versionId: status?.latestVersionId ?? undefined },
    })
    if (!result.ok) {
      setBusy(false)
      toast.error(result.message)
      return
    }
    setMessage('')
    await load()
    setBusy(false)
    toast.success(result.data.message)
  }

  const primary = status ? expectedAction(status.state, status) : null
  const isPrimary = (a: OfferedAction) => !a.override && a.enabled && a.action === primary
  const ordered = status
    ? [...status.actions.filter(isPrimary), ...status.actions.filter((a) => !isPrimary(a))]
    : []

  return (
    <div
      id="workflow-panel"
      data-state={status?.state ?? ''}
      data-ready={hydrated && !reloading && status ? 'true' : undefined}
      className="nlv-panel"
    >
      {dialog}
      <section
        style={box}
        aria-busy={busy || reloading || !status}
        aria-labelledby="workflow-panel-title"
        className="nlv-panel__main"
      >
        <h2 id="workflow-panel-title" className="nlv-panel__label">
          {t({ fr: 'État de révision', en: 'Review state' })}
        </h2>
        {status ? (
          <div id="workflow-state" className={`nlv-state nlv-state--${status.state}`}>
            {t(status.stateLabel)}
          </div>
        ) : (
          <div role={error ? 'alert' : undefined}>{error ?? '…'}</div>
        )}
        {status && (
          <PublicationLine
            publication={status.publication}
            lang={lang}
            adminRoute={config.routes.admin}
            t={t}
          />
        )}
        {status?.approval && (
          <p className="nlv-panel__fact">
            {t({ fr: 'Approuvé par', en: 'Approved by' })} {status.approval.by ?? '—'},{' '}
            {formatDate(status.approval.at, lang)}
            {!status.approval.current &&
              ` — ${t({ fr: 'le contenu a changé depuis', en: 'the content changed since' })}`}
          </p>
        )}
        {status && status.unresolvedChangeRequests > 0 && (
          <p className="nlv-panel__fact nlv-panel__fact--strong" id="workflow-open-requests">
            {status.unresolvedChangeRequests}{' '}
            {t({ fr: 'demande(s) de modification à résoudre', en: 'change request(s) to resolve' })}
          </p>
        )}
        {status?.lastContentEditor && (
          <p className="nlv-panel__fact nlv-panel__fact--small">
            {t({ fr: 'Dernière modification du contenu :', en: 'Content last changed by:' })}{' '}
            {status.lastContentEditor}
          </p>
        )}
        {status?.state === 'in_review' && (
          <p className="nlv-panel__notice" id="workflow-read-only">
            {t({
              fr: 'Lecture seule pendant la révision : le comité lit cette version. Pour la modifier, choisissez « Reprendre la rédaction » (la soumission est alors retirée), puis soumettez de nouveau.',
              en: 'Read-only during review: the committee is reading this version. To change it, choose « Back to draft » (the submission is withdrawn), then submit again.',
            })}
          </p>
        )}
        {status && status.actions.length > 0 && (
          <>
            {modified && (
              <p className="nlv-panel__warning" role="alert">
                {t({
                  fr: 'Enregistrez vos modifications avant de changer l’état du document.',
                  en: 'Save your changes before changing the state.',
                })}
              </p>
            )}
            {status.actions.some((a) => a.asksMessage && a.enabled) && (
              <label className="nlv-panel__message">
                <span>
                  {t({ fr: 'Message (joint à l’action)', en: 'Message (sent with the action)' })}
                </span>
                <textarea
                  id="workflow-message"
                  value={message}
                  onChange={(e) => setMessage(e.target.value)}
                  rows={3}
                />
              </label>
            )}
            <div className="nlv-panel__actions">
              {ordered.map((a) => (
                <div key={`${a.action}-${a.override}`}>
                  <Button
                    id={`workflow-action-${a.action}`}
                    buttonStyle={isPrimary(a) ? 'primary' : 'secondary'}
                    size="small"
                    margin={false}
                    className={isPrimary(a) ? 'nlv-action is-primary' : 'nlv-action'}
                    disabled={!a.enabled || busy || reloading || modified}
                    onClick={() => void act(a)}
                  >
                    {t(a.label)}
                    {a.override ? ` (${t({ fr: 'dérogation', en: 'override' })})` : ''}
                  </Button>
                  {!a.enabled && a.reason && <div className="nlv-panel__reason">{t(a.reason)}</div>}
                </div>
              ))}
            </div>
          </>
        )}
      </section>
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
          onChange={async () => {
            await load()
          }}
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
