'use client'
/**
 * The committee's comments on a document: reviewers comment or request changes (optionally
 * about one field) and resolve; editors reply. Writes go to the `review-comments` REST API,
 * whose access rules and hooks hold the same rules.
 */
import { Button, toast, useConfig } from '@payloadcms/ui'
import { useMemo, useState } from 'react'
import { anchorFields } from '../anchors'
import type { Bilingual } from '../states'
import { callApi, formatDate, type PanelComment, type WorkflowStatus } from './api'

const box = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: '0.75rem',
  marginBottom: '1rem',
} as const

interface Props {
  collection: string
  docId: number | string
  status: WorkflowStatus
  lang: 'fr' | 'en'
  apiBase: string
  onChange: () => Promise<void>
}

export function CommentThread({ collection, docId, status, lang, apiBase, onChange }: Props) {
  const t = (b: Bilingual) => b[lang]
  const [body, setBody] = useState('')
  const [field, setField] = useState('')
  const [kind, setKind] = useState<'comment' | 'change_request'>('comment')
  const [replyTo, setReplyTo] = useState<string | null>(null)
  const [reply, setReply] = useState('')
  const canRequest = status.role === 'reviewer' || status.role === 'admin'
  const canResolve = canRequest
  const canReply = status.role === 'editor' || status.role === 'admin'
  const value = /^\d+$/.test(String(docId)) ? Number(docId) : docId
  // « Partie visée »: only the parts this type of item has.
  const { getEntityConfig } = useConfig()
  const anchors = useMemo(() => {
    const names = new Set<string>()
    const walk = (fields: readonly unknown[] | undefined) => {
      for (const f of fields ?? []) {
        const field = f as { name?: string; fields?: unknown[]; tabs?: { fields?: unknown[] }[] }
        if (field.name) names.add(field.name)
        // Rows, collapsibles and unnamed tabs hold top-level fields too.
        if (!field.name && field.fields) walk(field.fields)
        for (const tab of field.tabs ?? []) if (!(tab as { name?: string }).name) walk(tab.fields)
      }
    }
    walk(getEntityConfig({ collectionSlug: collection })?.fields)
    return Object.entries(anchorFields).filter(([name]) => names.has(name))
  }, [getEntityConfig, collection])

  const post = async (data: Record<string, unknown>) => {
    const result = await callApi(`${apiBase}/review-comments`, {
      method: 'POST',
      body: { doc: { relationTo: collection, value }, ...data },
    })
    if (!result.ok) {
      toast.error(result.message)
      return false
    }
    await onChange()
    return true
  }

  const resolve = async (comment: PanelComment, resolved: boolean) => {
    const result = await callApi(`${apiBase}/review-comments/${comment.id}`, {
      method: 'PATCH',
      body: { resolved },
    })
    if (!result.ok) toast.error(result.message)
    await onChange()
  }

  const roots = status.comments.filter((c) => !c.parent)
  const replies = (c: PanelComment) => status.comments.filter((r) => r.parent === String(c.id))

  const render = (c: PanelComment, depth = 0) => (
    <li
      key={c.id}
      className="workflow-comment"
      data-kind={c.kind}
      data-resolved={c.resolved}
      style={{ marginLeft: depth * 12, marginBottom: '0.5rem', listStyle: 'none' }}
    >
      <div style={{ fontSize: '0.8em', opacity: 0.8 }}>
        {c.kind === 'change_request' ? (
          <strong>{t({ fr: 'Demande de modification', en: 'Change request' })}</strong>
        ) : (
          t({ fr: 'Commentaire', en: 'Comment' })
        )}
        {c.field &&
          ` · ${t(anchorFields[c.field as keyof typeof anchorFields] ?? { fr: c.field, en: c.field })}`}
        {` · ${c.authorName ?? '—'} · ${formatDate(c.createdAt, lang)}`}
        {c.version && ` · v.${c.version}`}
        {c.resolved && ` · ${t({ fr: 'résolu', en: 'resolved' })}`}
      </div>
      <div
        className="workflow-comment-text"
        style={{ whiteSpace: 'pre-wrap', textDecoration: c.resolved ? 'line-through' : undefined }}
      >
        {c.body}
      </div>
      <div style={{ display: 'flex', gap: '0.5rem' }}>
        {canResolve && depth === 0 && (
          <button
            type="button"
            className="workflow-resolve"
            onClick={() => void resolve(c, !c.resolved)}
            style={{ fontSize: '0.8em' }}
          >
            {c.resolved
              ? t({ fr: 'Rouvrir', en: 'Reopen' })
              : t({ fr: 'Marquer résolu', en: 'Mark resolved' })}
          </button>
        )}
        {canReply && depth === 0 && (
          <button
            type="button"
            className="workflow-reply"
            onClick={() => setReplyTo(replyTo === String(c.id) ? null : String(c.id))}
            style={{ fontSize: '0.8em' }}
          >
            {t({ fr: 'Répondre', en: 'Reply' })}
          </button>
        )}
      </div>
      {replyTo === String(c.id) && (
        <div>
          <textarea
            className="workflow-reply-body"
            value={reply}
            onChange={(e) => setReply(e.target.value)}
            rows={2}
            style={{ width: '100%' }}
          />
          <Button
            size="small"
            buttonStyle="secondary"
            margin={false}
            disabled={!reply.trim()}
            onClick={async () => {
              if (await post({ body: reply, kind: 'comment', parent: c.id })) {
                setReply('')
                setReplyTo(null)
              }
            }}
          >
            {t({ fr: 'Envoyer la réponse', en: 'Send reply' })}
          </Button>
        </div>
      )}
      {replies(c).length > 0 && (
        <ul style={{ padding: 0 }}>{replies(c).map((r) => render(r, depth + 1))}</ul>
      )}
    </li>
  )

  return (
    <div style={box} id="workflow-comments">
      <strong>{t({ fr: 'Commentaires du comité', en: 'Committee comments' })}</strong>
      {roots.length === 0 ? (
        <p style={{ opacity: 0.8 }}>{t({ fr: 'Aucun commentaire.', en: 'No comments.' })}</p>
      ) : (
        <ul style={{ padding: 0 }}>{roots.map((c) => render(c))}</ul>
      )}
      <label style={{ display: 'block', fontSize: '0.85em' }}>
        {t({ fr: 'Nouveau commentaire', en: 'New comment' })}
        <textarea
          id="workflow-comment-body"
          value={body}
          onChange={(e) => setBody(e.target.value)}
          rows={3}
          style={{ width: '100%' }}
        />
      </label>
      <label style={{ display: 'block', fontSize: '0.85em' }}>
        {t({ fr: 'Partie visée (facultatif)', en: 'About (optional)' })}{' '}
        <select
          id="workflow-comment-field"
          value={field}
          onChange={(e) => setField(e.target.value)}
        >
          <option value="">{t({ fr: 'Tout le document', en: 'Whole item' })}</option>
          {anchors.map(([name, label]) => (
            <option key={name} value={name}>
              {t(label)}
            </option>
          ))}
        </select>
      </label>
      {canRequest && (
        <label style={{ display: 'block', fontSize: '0.85em' }}>
          <input
            id="workflow-comment-change-request"
            type="checkbox"
            checked={kind === 'change_request'}
            onChange={(e) => setKind(e.target.checked ? 'change_request' : 'comment')}
          />{' '}
          {t({
            fr: 'Demande de modification (bloque l’approbation tant qu’elle n’est pas résolue)',
            en: 'Change request (blocks approval until resolved)',
          })}
        </label>
      )}
      <Button
        id="workflow-comment-submit"
        size="small"
        buttonStyle="secondary"
        margin={false}
        disabled={!body.trim()}
        onClick={async () => {
          if (await post({ body, kind, ...(field ? { field } : {}) })) {
            setBody('')
            setField('')
            setKind('comment')
          }
        }}
      >
        {t({ fr: 'Ajouter le commentaire', en: 'Add comment' })}
      </Button>
    </div>
  )
}
