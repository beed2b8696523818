/**
 * `/admin/statistiques`, « Statistiques du site » (editors and admins): what practitioners look
 * for — top queries, queries without results (the content team's list of missing content,
 * each one a click away from a vocabulary entry) and queries the typo rule corrected — and the
 * readers of each item, over a period, each list with its CSV export.
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { hasRole } from '../../access/roles'
import { env } from '../../env'
import { periodOf } from '../endpoints'
import { monthOf } from '../counters'
import { periods, queryRows, readerRows, type QueryKind } from '../summaries'

const tabs = [
  { key: 'zero', fr: 'Recherches sans résultat', en: 'Searches without results' },
  { key: 'top', fr: 'Recherches les plus fréquentes', en: 'Top searches' },
  { key: 'corrected', fr: 'Recherches corrigées', en: 'Corrected searches' },
  { key: 'readers', fr: 'Lecteurs par contenu', en: 'Readers per item' },
] as const

const typeLabels: Record<string, string> = {
  'fact-sheets': 'Fiche',
  'intervention-tools': 'Outil d’intervention',
  webinars: 'Webinaire',
  publications: 'Publication',
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? ''

const cell = { padding: '0.4rem 0.75rem', borderBottom: '1px solid var(--theme-elevation-150)' }
const num = { ...cell, textAlign: 'right' as const, fontVariantNumeric: 'tabular-nums' as const }

export async function InsightsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
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
  if (!hasRole(req.user as Parameters<typeof hasRole>[0], 'admin', 'editor'))
    return template(
      <p>{t('Accès réservé à l’équipe de contenu.', 'For the content team only.')}</p>,
    )

  const tab = tabs.find((x) => x.key === first(searchParams?.tab))?.key ?? 'zero'
  const days = periods.find((d) => String(d) === first(searchParams?.days)) ?? 30
  const lang = ['fr', 'en'].includes(first(searchParams?.lang))
    ? (first(searchParams?.lang) as 'fr' | 'en')
    : undefined
  const { from, to } = periodOf(new URLSearchParams({ days: String(days) }))
  const admin = req.payload.config.routes.admin
  const api = req.payload.config.routes.api
  const numbers = new Intl.NumberFormat(en ? 'en-CA' : 'fr-CA')
  const link = (next: Record<string, string | undefined>) => {
    const query = new URLSearchParams()
    const merged = { tab, days: String(days), lang, ...next }
    for (const [k, v] of Object.entries(merged)) if (v) query.set(k, v)
    return `${admin}/statistiques?${query}`
  }
  const day = (iso: string) =>
    new Date(`${iso}T12:00:00Z`).toLocaleDateString(en ? 'en-CA' : 'fr-CA', { dateStyle: 'medium' })

  let body: React.ReactNode
  let csvHref: string
  if (tab === 'readers') {
    const now = new Date()
    const fromMonth = monthOf(new Date(now.getTime() - (days - 1) * 86_400_000))
    const rows = await readerRows(req.payload, { from: fromMonth, to: monthOf(now) })
    csvHref = `${api}/insights/readers.csv?from=${fromMonth}&to=${monthOf(now)}`
    body =
      rows.length === 0 ? (
        <p>{t('Aucune lecture comptée sur la période.', 'No reads counted in this period.')}</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <caption style={{ textAlign: 'left', marginBottom: '0.5rem' }}>
            {t(`Mois de ${fromMonth} à ${monthOf(now)}`, `Months ${fromMonth} to ${monthOf(now)}`)}
          </caption>
          <thead>
            <tr>
              <th scope="col" style={{ ...cell, textAlign: 'left' }}>
                {t('Contenu', 'Item')}
              </th>
              <th scope="col" style={{ ...cell, textAlign: 'left' }}>
                {t('Type', 'Type')}
              </th>
              <th scope="col" style={num}>
                {t('Pages vues', 'Page views')}
              </th>
              <th scope="col" style={num}>
                {t('Téléchargements', 'Downloads')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.collection}/${r.item}`}>
                <td style={cell}>
                  <a href={`${admin}/collections/${r.collection}/${r.item}`}>{r.title}</a>
                </td>
                <td style={cell}>{typeLabels[r.collection] ?? r.collection}</td>
                <td style={num}>{numbers.format(r.views)}</td>
                <td style={num}>{numbers.format(r.downloads)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )
  } else {
    const kind = tab as QueryKind
    const rows = await queryRows(req.payload, { kind, from, to, language: lang })
    csvHref = `${api}/insights/search.csv?kind=${kind}&from=${from}&to=${to}${lang ? `&lang=${lang}` : ''}`
    body =
      rows.length === 0 ? (
        <p>{t('Aucune recherche sur la période.', 'No searches in this period.')}</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }} id={`insights-${kind}`}>
          <thead>
            <tr>
              <th scope="col" style={{ ...cell, textAlign: 'left' }}>
                {t('Recherche', 'Query')}
              </th>
              <th scope="col" style={{ ...cell, textAlign: 'left' }}>
                {t('Langue', 'Language')}
              </th>
              <th scope="col" style={num}>
                {kind === 'zero'
                  ? t('Fois sans résultat', 'Times without results')
                  : kind === 'corrected'
                    ? t('Fois corrigée', 'Times corrected')
                    : t('Recherches', 'Searches')}
              </th>
              {kind === 'top' && (
                <th scope="col" style={num}>
                  {t('Sans résultat', 'No results')}
                </th>
              )}
              {kind === 'corrected' && (
                <th scope="col" style={{ ...cell, textAlign: 'left' }}>
                  {t('Corrigée en', 'Corrected to')}
                </th>
              )}
              <th scope="col" style={{ ...cell, textAlign: 'left' }}>
                {t('Dernière fois', 'Last time')}
              </th>
              {kind === 'zero' && (
                <th scope="col" style={{ ...cell, textAlign: 'left' }}>
                  {t('Action', 'Action')}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.language}/${r.query}`}>
                <td style={cell} lang={r.language}>
                  {r.query}
                </td>
                <td style={cell}>
                  {r.language === 'en' ? t('anglais', 'English') : t('français', 'French')}
                </td>
                <td style={num}>
                  {numbers.format(
                    kind === 'zero'
                      ? r.zeroResults
                      : kind === 'corrected'
                        ? r.corrected
                        : r.searches,
                  )}
                </td>
                {kind === 'top' && <td style={num}>{numbers.format(r.zeroResults)}</td>}
                {kind === 'corrected' && <td style={cell}>{r.correctedTo ?? '—'}</td>}
                <td style={cell}>{day(r.lastDay)}</td>
                {kind === 'zero' && (
                  <td style={cell}>
                    <a
                      href={`${admin}/collections/search-vocabulary/create?${new URLSearchParams({ terms: r.query, language: r.language })}`}
                    >
                      {t('Ajouter au vocabulaire', 'Add to the vocabulary')}
                      <span className="sr-only" style={{ position: 'absolute', left: '-10000px' }}>
                        {' '}
                        « {r.query} »
                      </span>
                    </a>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )
  }

  return template(
    <div id="insights">
      <h1>{t('Statistiques du site', 'Site statistics')}</h1>
      <p style={{ maxWidth: '48rem' }}>
        {t(
          `Ce que cherchent les intervenantes sur le site et combien lisent chaque contenu. Rien n’identifie personne : ni témoin, ni adresse IP, seulement des comptes par jour (recherches) ou par mois (lecteurs), conservés ${env.NLV_INSIGHTS_RETENTION_MONTHS} mois.`,
          `What practitioners look for on the site and how many read each item. Nothing identifies anyone: no cookie, no IP address, only counts per day (searches) or month (readers), kept ${env.NLV_INSIGHTS_RETENTION_MONTHS} months.`,
        )}
      </p>
      <nav
        aria-label={t('Listes', 'Lists')}
        style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', margin: '1rem 0' }}
      >
        {tabs.map((x) => (
          <a
            key={x.key}
            href={link({ tab: x.key })}
            aria-current={x.key === tab ? 'page' : undefined}
            className={`btn btn--size-small ${x.key === tab ? 'btn--style-primary' : 'btn--style-secondary'}`}
            style={{ margin: 0 }}
          >
            {en ? x.en : x.fr}
          </a>
        ))}
      </nav>
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
        <input type="hidden" name="tab" value={tab} />
        <label>
          {t('Période', 'Period')}
          <br />
          <select name="days" defaultValue={String(days)}>
            {periods.map((d) => (
              <option key={d} value={d}>
                {d === 365
                  ? t('12 derniers mois', 'Last 12 months')
                  : t(`${d} derniers jours`, `Last ${d} days`)}
              </option>
            ))}
          </select>
        </label>
        {tab !== 'readers' && (
          <label>
            {t('Langue de la recherche', 'Search language')}
            <br />
            <select name="lang" defaultValue={lang ?? ''}>
              <option value="">{t('Les deux', 'Both')}</option>
              <option value="fr">{t('Français', 'French')}</option>
              <option value="en">{t('Anglais', 'English')}</option>
            </select>
          </label>
        )}
        <button
          type="submit"
          className="btn btn--style-secondary btn--size-small"
          style={{ margin: 0 }}
        >
          {t('Afficher', 'Show')}
        </button>
        <a
          href={csvHref}
          className="btn btn--style-secondary btn--size-small"
          style={{ margin: 0 }}
          download
        >
          {t('Exporter en CSV', 'Export as CSV')}
        </a>
      </form>
      {tab === 'zero' && (
        <p style={{ maxWidth: '48rem' }}>
          {t(
            'Les contenus qui manquent, ou les mots que le site ne connaît pas encore : « Ajouter au vocabulaire » ouvre une entrée préremplie du vocabulaire de recherche.',
            'Missing content, or words the site does not know yet: “Add to the vocabulary” opens a prefilled search vocabulary entry.',
          )}
        </p>
      )}
      {tab !== 'readers' && (
        <p className="muted">
          {t(`Du ${day(from)} au ${day(to)}`, `From ${day(from)} to ${day(to)}`)}
        </p>
      )}
      {body}
    </div>,
  )
}
