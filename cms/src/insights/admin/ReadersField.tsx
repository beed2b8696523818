/**
 * The item's readers in its sidebar: page views and downloads this month, over the last
 * 12 months, and month by month (counted without cookies or personal data: insights/).
 */
import type { UIFieldServerProps } from 'payload'
import { hasRole } from '../../access/roles'
import { monthOf } from '../counters'
import { itemMonths } from '../summaries'

const monthLabel = (month: string, en: boolean) =>
  new Date(`${month}-15T12:00:00Z`).toLocaleDateString(en ? 'en-CA' : 'fr-CA', {
    month: 'short',
    year: 'numeric',
  })

export async function ReadersField({ id, collectionSlug, payload, req, i18n }: UIFieldServerProps) {
  if (!id || !hasRole(req.user as Parameters<typeof hasRole>[0], 'admin', 'editor')) return null
  const en = i18n?.language === 'en'
  const t = (fr: string, english: string) => (en ? english : fr)
  const months = await itemMonths(payload, collectionSlug, String(id))
  const now = new Date()
  const yearAgo = monthOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1)))
  const last12 = months.filter((m) => m.month >= yearAgo)
  const sum = (rows: typeof months, key: 'views' | 'downloads') =>
    rows.reduce((n, r) => n + r[key], 0)
  const numbers = new Intl.NumberFormat(en ? 'en-CA' : 'fr-CA')
  const thisMonth = months.find((m) => m.month === monthOf(now))
  return (
    <div className="field-type" id="item-readers" style={{ marginBottom: '1.5rem' }}>
      <h3 style={{ fontSize: '1rem', margin: '0 0 0.5rem' }}>{t('Lecteurs', 'Readers')}</h3>
      <p style={{ margin: 0 }}>
        {t('Ce mois-ci', 'This month')} : {numbers.format(thisMonth?.views ?? 0)}{' '}
        {t('pages vues', 'page views')}, {numbers.format(thisMonth?.downloads ?? 0)}{' '}
        {t('téléchargements', 'downloads')}
      </p>
      <p style={{ margin: '0.25rem 0 0' }}>
        {t('12 derniers mois', 'Last 12 months')} : {numbers.format(sum(last12, 'views'))}{' '}
        {t('pages vues', 'page views')}, {numbers.format(sum(last12, 'downloads'))}{' '}
        {t('téléchargements', 'downloads')}
      </p>
      {months.length > 0 && (
        <details style={{ marginTop: '0.5rem' }}>
          <summary>{t('Par mois', 'By month')}</summary>
          <table style={{ width: '100%', marginTop: '0.25rem' }}>
            <thead>
              <tr>
                <th scope="col" style={{ textAlign: 'left' }}>
                  {t('Mois', 'Month')}
                </th>
                <th scope="col" style={{ textAlign: 'right' }}>
                  {t('Vues', 'Views')}
                </th>
                <th scope="col" style={{ textAlign: 'right' }}>
                  {t('Téléch.', 'Downl.')}
                </th>
              </tr>
            </thead>
            <tbody>
              {months.slice(0, 24).map((m) => (
                <tr key={m.month}>
                  <td>{monthLabel(m.month, en)}</td>
                  <td style={{ textAlign: 'right' }}>{numbers.format(m.views)}</td>
                  <td style={{ textAlign: 'right' }}>{numbers.format(m.downloads)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      <p style={{ margin: '0.5rem 0 0', fontSize: '0.8rem', color: 'var(--theme-elevation-600)' }}>
        {t(
          'Comptés sans témoin ni donnée personnelle ; les téléchargements depuis Firefox ne sont pas comptés.',
          'Counted without cookies or personal data; downloads from Firefox are not counted.',
        )}
      </p>
    </div>
  )
}
