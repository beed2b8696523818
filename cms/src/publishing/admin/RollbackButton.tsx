'use client'
/**
 * On a kept, successful build: put it back online (admins) — after showing what that would
 * change against the live build (items that reappear, disappear or go back to an earlier
 * text, by title) and asking for confirmation.
 */
import { Button, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'
import { useConfirm } from '../../workflow/admin/ConfirmDialog'
import type { RollbackItem, RollbackPreview } from '../rollbackPreview'

function List({ heading, items, id }: { heading: string; items: RollbackItem[]; id: string }) {
  if (!items.length) return null
  return (
    <>
      <h3 className="nlv-rollback__heading">
        {heading} ({items.length})
      </h3>
      <ul id={id} className="nlv-rollback__list">
        {items.map((i) => (
          <li key={`${i.type}-${i.title}`}>
            {i.type} « {i.title} »
          </li>
        ))}
      </ul>
    </>
  )
}

export function RollbackButton() {
  const { config } = useConfig()
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value)
  const live = useFormFields(([fields]) => fields.live?.value)
  const [message, setMessage] = useState<string | null>(null)
  const [confirm, dialog] = useConfirm()
  if (status !== 'succeeded') return null
  if (live) return <p>Cette version est celle qui est en ligne.</p>
  const base = `${config.routes.api}/site-builds/${id}`
  const rollback = async () => {
    setMessage(null)
    const previewResponse = await fetch(`${base}/rollback-preview`, { credentials: 'include' })
    const preview = (await previewResponse.json().catch(() => ({}))) as RollbackPreview & {
      error?: string
    }
    if (!previewResponse.ok) {
      setMessage(preview.error ?? `Erreur ${previewResponse.status}`)
      return
    }
    const nothing = !preview.reappear.length && !preview.disappear.length && !preview.revert.length
    const ok = await confirm({
      title: 'Remettre cette version du site en ligne ?',
      body: (
        <div id="rollback-preview">
          <p>Par rapport au site en ligne maintenant :</p>
          {nothing ? (
            <p>Aucun contenu ne change (seule la présentation du site peut différer).</p>
          ) : (
            <>
              <List heading="Réapparaîtront" items={preview.reappear} id="rollback-reappear" />
              <List
                heading="Disparaîtront du site"
                items={preview.disappear}
                id="rollback-disappear"
              />
              <List
                heading="Reviendront à un texte antérieur"
                items={preview.revert}
                id="rollback-revert"
              />
            </>
          )}
          <p>
            Les contenus ne changent pas dans l’administration : seule la version publique du site
            revient en arrière, jusqu’à la prochaine publication.
          </p>
        </div>
      ),
      confirmLabel: 'Remettre en ligne',
      danger: true,
    })
    if (!ok) return
    const response = await fetch(`${base}/rollback`, { method: 'POST', credentials: 'include' })
    const body = (await response.json().catch(() => ({}))) as { message?: string; error?: string }
    setMessage(body.message ?? body.error ?? `Erreur ${response.status}`)
  }
  return (
    <div>
      {dialog}
      <Button buttonStyle="secondary" onClick={rollback} id="rollback-button">
        Remettre cette version en ligne…
      </Button>
      {message && <p role="status">{message}</p>}
    </div>
  )
}
