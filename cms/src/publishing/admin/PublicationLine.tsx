'use client'
/**
 * The honest publication status in the workflow panel: « Mise en ligne en cours… » until the
 * build that carries this version is live, then « En ligne depuis 18 h 43 » with the public
 * links; a failed build says so, with what to do.
 */
import { formatDate, formatTime, sameDay } from '../../i18n/formatDate'
import type { Publication } from '../publicationStatus'

type T = (b: { fr: string; en: string }) => string

export function PublicationLine({
  publication: p,
  lang,
  adminRoute,
  t,
}: {
  publication: Publication
  lang: 'fr' | 'en'
  adminRoute: string
  t: T
}) {
  const today = p.liveSince && sameDay(p.liveSince, new Date())
  if (p.state === 'live') {
    return (
      <div id="publication-line" data-publication="live" className="nlv-publication is-live">
        <p className="nlv-publication__text">
          {t({ fr: 'En ligne depuis', en: 'Live since' })}{' '}
          {today ? formatTime(p.liveSince, lang) : formatDate(p.liveSince, lang)}
        </p>
        {p.urls.length > 0 && (
          <ul className="nlv-publication__links">
            {p.urls.map((u) => (
              <li key={u.locale}>
                <a
                  href={u.url}
                  target="_blank"
                  rel="noopener"
                  className="publication-link"
                  data-locale={u.locale}
                  lang={u.locale}
                >
                  {u.locale === 'fr' ? 'Voir sur le site (français)' : 'View on the site (English)'}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    )
  }
  if (p.state === 'pending') {
    return (
      <div id="publication-line" data-publication="pending" className="nlv-publication is-pending">
        <p className="nlv-publication__text" role="status">
          {p.withdrawal
            ? t({ fr: 'Retrait du site en cours…', en: 'Removal from the site in progress…' })
            : t({ fr: 'Mise en ligne en cours…', en: 'Going live…' })}
        </p>
        <p className="nlv-publication__hint">
          {t({
            fr: 'Le site public est en reconstruction (une à deux minutes). Cette ligne se met à jour seule.',
            en: 'The public site is being rebuilt (a minute or two). This line updates itself.',
          })}
        </p>
      </div>
    )
  }
  if (p.state === 'failed') {
    return (
      <div id="publication-line" data-publication="failed" className="nlv-publication is-failed">
        <p className="nlv-publication__text" role="alert">
          {p.withdrawal
            ? t({
                fr: 'Échec du retrait : le site public montre encore ce contenu.',
                en: 'Removal failed: the public site still shows this item.',
              })
            : t({
                fr: 'Échec de la mise en ligne : le site public montre encore la version précédente.',
                en: 'Going live failed: the public site still shows the previous version.',
              })}
        </p>
        <p className="nlv-publication__hint">
          {t({
            fr: 'Que faire : ouvrez la mise en ligne en échec pour lire l’erreur, puis « Reconstruire le site maintenant ». Si l’échec se répète, transmettez l’erreur à l’administrateur·rice du site.',
            en: 'What to do: open the failed build to read the error, then « Rebuild the site now ». If it fails again, send the error to the site administrator.',
          })}
        </p>
        {p.failure && (
          <p className="nlv-publication__hint">
            <a href={`${adminRoute}/collections/site-builds/${p.failure.buildRecordId}`}>
              {t({ fr: 'Voir la mise en ligne en échec', en: 'See the failed build' })}
            </a>
          </p>
        )}
      </div>
    )
  }
  return null
}
