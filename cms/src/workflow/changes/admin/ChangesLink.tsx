'use client'
/**
 * The workflow panel's link to the changes view: « Voir les changements depuis la dernière
 * version approuvée » (or « … publiée »; for a first submission « Voir le contenu soumis »),
 * with how many fields changed. Its wording comes from the same comparison as the view.
 */
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import type { Basis } from '../changes'

interface Summary {
  basis: Basis
  count: number
}

const labels: Record<Exclude<Basis, 'chosen'>, { fr: string; en: string }> = {
  approved: {
    fr: 'Voir les changements depuis la dernière version approuvée',
    en: 'See the changes since the last approved version',
  },
  published: {
    fr: 'Voir les changements depuis la dernière version publiée',
    en: 'See the changes since the last published version',
  },
  none: { fr: 'Voir le contenu soumis', en: 'See the submitted content' },
}

export function ChangesLink() {
  const { id, collectionSlug, savedDocumentData } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'fr'
  const [summary, setSummary] = useState<Summary | null>(null)
  const savedAt = savedDocumentData?.updatedAt as string | undefined
  useEffect(() => {
    if (!id || !collectionSlug) return
    let live = true
    fetch(
      `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${id}/changes?summary=true`,
      { credentials: 'include' },
    )
      .then((res) => (res.ok ? (res.json() as Promise<Summary>) : null))
      .then((data) => live && setSummary(data))
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [id, collectionSlug, config.serverURL, config.routes.api, savedAt])
  if (!id || !collectionSlug) return null
  const basis = summary && summary.basis !== 'chosen' ? summary.basis : null
  const href = `${config.routes.admin}/collections/${collectionSlug}/${id}/changes`
  const count = summary?.basis === 'none' ? null : summary?.count
  return (
    <p style={{ margin: '0 0 1rem' }}>
      <a
        href={href}
        id="workflow-changes-link"
        data-basis={summary?.basis ?? ''}
        style={{ fontWeight: 600, color: 'var(--theme-text)', textDecoration: 'underline' }}
      >
        {basis ? labels[basis][lang] : lang === 'fr' ? 'Voir les changements' : 'See the changes'}
      </a>
      {count !== null && count !== undefined && (
        <span style={{ display: 'block', fontSize: '0.85em' }}>
          {count === 0
            ? lang === 'fr'
              ? 'Aucun champ modifié'
              : 'No field changed'
            : lang === 'fr'
              ? `${count} champ${count > 1 ? 's' : ''} modifié${count > 1 ? 's' : ''}`
              : `${count} field${count > 1 ? 's' : ''} changed`}
        </span>
      )}
    </p>
  )
}
