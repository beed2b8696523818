'use client'
/**
 * What the public sees, in the document header, without the stock "unpublish" and "revert"
 * links (which would publish or withdraw outside the workflow).
 */
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'

export function PublicationStatus() {
  const { hasPublishedDoc, unpublishedVersionCount, id } = useDocumentInfo()
  const { i18n } = useTranslation()
  if (!id) return null
  const en = i18n.language === 'en'
  const text = !hasPublishedDoc
    ? en
      ? 'Not online'
      : 'Hors ligne'
    : unpublishedVersionCount > 0
      ? en
        ? 'Online (a newer version is in progress)'
        : 'En ligne (une version plus récente est en cours)'
      : en
        ? 'Online'
        : 'En ligne'
  return (
    <div className="status">
      <div className="status__label">{en ? 'Site' : 'Site'}&nbsp;:</div>
      <div className="status__value-wrapper">
        <span className="status__value" id="publication-status">
          {text}
        </span>
      </div>
    </div>
  )
}
