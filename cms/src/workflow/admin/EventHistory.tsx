'use client'
/** The document's audit trail, newest first, with a link to the full filterable list. */
import { eventLabels, stateLabels, type Bilingual } from '../states'
import { formatDate, type PanelEvent } from './api'

const box = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: '0.75rem',
  marginBottom: '1rem',
} as const

interface Props {
  events: PanelEvent[]
  lang: 'fr' | 'en'
  adminRoute: string
  collection: string
  docId: number | string
}

export function EventHistory({ events, lang, adminRoute, collection, docId }: Props) {
  const t = (b: Bilingual) => b[lang]
  const list = `${adminRoute}/collections/review-events?where[and][0][doc.relationTo][equals]=${collection}&where[and][1][doc.value][equals]=${docId}`
  return (
    <div style={box} id="workflow-history">
      <strong>{t({ fr: 'Historique', en: 'History' })}</strong>
      {events.length === 0 ? (
        <p style={{ opacity: 0.8 }}>
          {t({ fr: 'Aucun changement d’état pour l’instant.', en: 'No state change yet.' })}
        </p>
      ) : (
        <ol style={{ padding: 0, listStyle: 'none' }}>
          {events.map((e) => (
            <li
              key={e.id}
              className="workflow-event"
              data-action={e.action}
              style={{ marginBottom: '0.5rem' }}
            >
              <div>
                <strong>
                  {t(
                    eventLabels[e.action as keyof typeof eventLabels] ?? {
                      fr: e.action,
                      en: e.action,
                    },
                  )}
                </strong>
                {e.override && (
                  <span style={{ color: 'var(--theme-error-500)' }}>
                    {' '}
                    · {t({ fr: 'dérogation', en: 'override' })}
                  </span>
                )}
              </div>
              <div style={{ fontSize: '0.8em', opacity: 0.8 }}>
                {e.fromState ? `${t(stateLabels[e.fromState])} → ` : ''}
                {t(stateLabels[e.toState])} · {e.actorName ?? '—'} · {formatDate(e.createdAt, lang)}
                {e.version && (
                  <>
                    {' · '}
                    <a
                      href={`${adminRoute}/collections/${collection}/${docId}/changes?to=${e.version}`}
                    >
                      {t({ fr: 'ce qui a changé', en: 'what changed' })}
                    </a>
                  </>
                )}
              </div>
              {e.message && (
                <div style={{ whiteSpace: 'pre-wrap', fontSize: '0.9em' }}>{e.message}</div>
              )}
            </li>
          ))}
        </ol>
      )}
      <a href={list}>{t({ fr: 'Voir tout l’historique', en: 'Full history' })}</a>
    </div>
  )
}
