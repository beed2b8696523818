'use client'
/**
 * What the public sees, in the document header, without the stock "unpublish" and "revert"
 * links (which would publish or withdraw outside the workflow). It says « En ligne » only once
 * the build that carries the published version is live (publishing/publicationStatus.ts, as
 * the workflow panel last loaded it): until then « Mise en ligne en cours… ».
 */
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { usePublication } from '../../publishing/admin/publicationStore'

export function PublicationStatus() {
  const { id, collectionSlug } = useDocumentInfo()
  const { i18n } = useTranslation()
  const entry = usePublication(`${collectionSlug}/${id}`)
  if (!id) return null
  const en = i18n.language === 'en'
  const say = (fr: string, english: string) => (en ? english : fr)
  const p = entry?.publication
  const text = !p
    ? '…'
    : p.state === 'live'
      ? entry.state !== 'published'
        ? say(
            'En ligne (une version plus récente est en cours)',
            'Online (a newer version is in progress)',
          )
        : say('En ligne', 'Online')
      : p.state === 'pending'
        ? p.withdrawal
          ? say('Retrait en cours…', 'Being removed…')
          : say('Mise en ligne en cours…', 'Going live…')
        : p.state === 'failed'
          ? say('Échec de la mise en ligne', 'Going live failed')
          : say('Hors ligne', 'Not online')
  return (
    <div className="status">
      <div className="status__label">Site&nbsp;:</div>
      <div className="status__value-wrapper">
        <span className="status__value" id="publication-status" data-publication={p?.state ?? ''}>
          {text}
        </span>
      </div>
    </div>
  )
}
