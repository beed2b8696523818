'use client'
/**
 * On a new vocabulary entry opened from « Recherches sans résultat »
 * (`…/search-vocabulary/create?terms=<query>&language=fr`): the query is filled in as the first
 * term and the language set, with a note; the editor adds the equivalents and saves as usual.
 */
import { useDocumentInfo, useField, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

export function PrefillFromSearch() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const terms = useField<string[]>({ path: 'terms' })
  const language = useField<string>({ path: 'language' })
  const [query, setQuery] = useState<string | null>(null)
  const setTerms = terms.setValue
  const setLanguage = language.setValue

  useEffect(() => {
    if (id) return
    const params = new URLSearchParams(window.location.search)
    const term = params.get('terms')?.trim()
    if (!term) return
    setQuery(term)
    setTerms([term])
    const lang = params.get('language')
    if (lang === 'fr' || lang === 'en') setLanguage(lang)
    // Once, on opening the form (the setters change identity on every render).
  }, [id])

  if (!query) return null
  const en = i18n.language === 'en'
  return (
    <p
      id="prefill-from-search"
      role="status"
      style={{
        padding: '0.75rem 1rem',
        borderLeft: '4px solid var(--theme-success-500)',
        background: 'var(--theme-elevation-50)',
        marginBottom: '1.5rem',
      }}
    >
      {en
        ? `Prefilled from a search without results: “${query}”. Add the terms the content uses (at least one more for equivalents), then save.`
        : `Prérempli depuis une recherche sans résultat : « ${query} ». Ajoutez les termes qu’emploient les contenus (au moins un autre pour des équivalents), puis enregistrez.`}
    </p>
  )
}
