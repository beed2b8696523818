/**
 * `/admin/revisions`: published items whose periodic re-review is overdue or coming, grouped
 * by reviewer or by theme, filterable by both. Server-rendered from reviewDue.ts.
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { isStaff } from '../../access/isStaff'
import { type DueItem, groupBy, itemsDueForReview } from '../reviewDue'
import './reviewDue.css'

const windows = [
  { days: 0, fr: 'En retard seulement', en: 'Overdue only' },
  { days: 90, fr: 'En retard et dans les 90 jours', en: 'Overdue and within 90 days' },
  { days: 365, fr: 'En retard et dans l’année', en: 'Overdue and within a year' },
]

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? ''

export async function ReviewDueView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const en = req.i18n.language === 'en'
  const t = (fr: string, english: string) => (en ? english : fr)
  const template = (children: React.ReactNode) => (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <main>
        <Gutter>{children}</Gutter>
      </main>
    </DefaultTemplate>
  )
  if (!isStaff({ req })) return template(<p>{t('Accès refusé.', 'Forbidden.')}</p>)

  const within = Number(first(searchParams?.within) || 90)
  const by = first(searchParams?.by) === 'theme' ? 'theme' : 'reviewer'
  const theme = first(searchParams?.theme)
  const reviewer = first(searchParams?.reviewer)
  const all = await itemsDueForReview(req.payload, {
    withinDays: Number.isFinite(within) ? within : 90,
  })
  const items = all.filter(
    (i) => (!theme || i.themes.includes(theme)) && (!reviewer || i.reviewers.includes(reviewer)),
  )
  const groups = groupBy(
    items,
    by === 'theme' ? (i) => i.themes : (i) => i.reviewers,
    by === 'theme' ? t('Sans thème', 'No theme') : t('Sans réviseur·e', 'No reviewer'),
  )
  const themes = [...new Set(all.flatMap((i) => i.themes))].sort((a, b) => a.localeCompare(b, 'fr'))
  const reviewers = [...new Set(all.flatMap((i) => i.reviewers))].sort((a, b) =>
    a.localeCompare(b, 'fr'),
  )
  const admin = req.payload.config.routes.admin
  const day = (iso: string | null) =>
    iso ? new Date(iso).toLocaleDateString(en ? 'en-CA' : 'fr-CA', { dateStyle: 'medium' }) : '—'

  const row = (i: DueItem) => (
    <tr key={`${i.collection}-${i.id}`} data-overdue={i.overdue}>
      <td>
        <a href={`${admin}/collections/${i.collection}/${i.id}`}>{i.title}</a>
      </td>
      <td>{i.typeLabel}</td>
      <td>{i.themes.join(', ') || '—'}</td>
      <td>{i.reviewers.join(', ') || '—'}</td>
      <td>{day(i.lastReviewedAt)}</td>
      <td className={i.overdue ? 'nlv-overdue' : undefined}>
        {day(i.nextReviewDue)} {i.overdue ? `(${t('en retard', 'overdue')})` : ''}
      </td>
    </tr>
  )

  return template(
    <div id="review-due">
      <h1>{t('Révisions périodiques', 'Periodic re-reviews')}</h1>
      <p>
        {t(
          'Contenus publiés dont la révision par le comité d’experts est due (24 mois après chaque approbation ; un·e administrateur·rice peut corriger la date dans le document, la correction est consignée).',
          'Published items due for expert re-review (24 months after each approval; an administrator may correct the date on the item, which is recorded).',
        )}
      </p>
      <form
        method="get"
        style={{
          display: 'flex',
          gap: '1rem',
          flexWrap: 'wrap',
          alignItems: 'end',
          margin: '1rem 0',
        }}
      >
        <label>
          {t('Période', 'Window')}
          <br />
          <select name="within" defaultValue={String(within)}>
            {windows.map((w) => (
              <option key={w.days} value={w.days}>
                {en ? w.en : w.fr}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('Regrouper par', 'Group by')}
          <br />
          <select name="by" defaultValue={by}>
            <option value="reviewer">{t('Réviseur·e', 'Reviewer')}</option>
            <option value="theme">{t('Thème', 'Theme')}</option>
          </select>
        </label>
        <label>
          {t('Thème', 'Theme')}
          <br />
          <select name="theme" defaultValue={theme}>
            <option value="">{t('Tous', 'All')}</option>
            {themes.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
        <label>
          {t('Réviseur·e', 'Reviewer')}
          <br />
          <select name="reviewer" defaultValue={reviewer}>
            <option value="">{t('Tous', 'All')}</option>
            {reviewers.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn btn--style-secondary btn--size-small">
          {t('Afficher', 'Show')}
        </button>
      </form>
      <p>
        {items.filter((i) => i.overdue).length} {t('en retard', 'overdue')} · {items.length}{' '}
        {t('au total', 'in all')}
      </p>
      {[...groups].map(([name, rows]) => (
        <section key={name} style={{ marginBottom: '2rem' }}>
          <h2 style={{ fontSize: '1.2rem' }}>
            {name} ({rows.length})
          </h2>
          <table className="table" style={{ width: '100%' }}>
            <thead>
              <tr>
                <th>{t('Titre', 'Title')}</th>
                <th>{t('Type', 'Type')}</th>
                <th>{t('Thèmes', 'Themes')}</th>
                <th>{t('Réviseur·es', 'Reviewers')}</th>
                <th>{t('Dernière révision', 'Last review')}</th>
                <th>{t('Prochaine révision', 'Next review')}</th>
              </tr>
            </thead>
            <tbody>{rows.map(row)}</tbody>
          </table>
        </section>
      ))}
      {items.length === 0 && (
        <p>{t('Aucune révision due dans cette période.', 'No re-review due in this window.')}</p>
      )}
    </div>,
  )
}
