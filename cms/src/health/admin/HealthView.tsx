/**
 * `/admin/sante` — « Santé du contenu »: what the content team should fix, most urgent first,
 * each entry linked to the page where it is fixed. For editors and admins; everyone else is
 * refused. Server-rendered from report.ts (no client script; the link-check button is a form).
 */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { isAdminOrEditor } from '../../access/isAdminOrEditor'
import { linkCheckPending } from '../linkCheck'
import {
  contentHealthReport,
  type HealthEntry,
  type HealthGroup,
  type HealthSectionId,
  sectionTitles,
} from '../report'

const css = `
.nlv-health { max-width: 70rem; padding-bottom: 3rem; }
.nlv-health h1 { margin-bottom: .5rem; }
.nlv-health .lead { max-width: 44rem; }
.nlv-health .summary { list-style: none; padding: 0; margin: 1.5rem 0; display: grid; gap: .5rem;
  grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); }
.nlv-health .summary a { display: flex; gap: .75rem; align-items: baseline; min-height: 2.75rem;
  padding: .6rem .8rem; border: 1px solid var(--theme-elevation-150); border-radius: 4px;
  text-decoration: none; color: var(--theme-text); background: var(--theme-elevation-0); }
.nlv-health .summary a:hover, .nlv-health .summary a:focus-visible { border-color: var(--theme-elevation-500); }
.nlv-health .summary .count { font-size: 1.6rem; font-weight: 700; min-width: 2.2rem; text-align: right; }
.nlv-health .summary .urgent a { border-left: 6px solid var(--theme-error-500); }
.nlv-health .summary .zero a { color: var(--theme-elevation-800); }
.nlv-health .summary .zero .count { font-weight: 400; }
.nlv-health .box { border: 1px solid var(--theme-elevation-150); border-radius: 4px; padding: .8rem 1rem;
  margin: 1rem 0; background: var(--theme-elevation-50); }
.nlv-health .box.warning { border-left: 6px solid var(--theme-warning-500); }
.nlv-health .box form { margin-top: .5rem; }
.nlv-health section.part { margin-top: 2.5rem; }
.nlv-health h2 { font-size: 1.5rem; border-bottom: 1px solid var(--theme-elevation-150); padding-bottom: .3rem; }
.nlv-health h3 { font-size: 1.15rem; margin: 1.5rem 0 .25rem; }
.nlv-health .help { margin: 0 0 .5rem; color: var(--theme-elevation-800); }
.nlv-health ul.entries { list-style: none; padding: 0; margin: 0; }
.nlv-health ul.entries > li { padding: .6rem 0; border-top: 1px solid var(--theme-elevation-100);
  display: grid; gap: .15rem 1rem; grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); }
.nlv-health ul.entries .what a { font-weight: 600; }
.nlv-health ul.entries .kind { display: block; font-size: .85rem; color: var(--theme-elevation-800); }
.nlv-health ul.entries .problem { font-weight: 600; }
.nlv-health ul.entries .detail, .nlv-health ul.entries .url { display: block; font-size: .9rem; }
.nlv-health ul.entries .url { overflow-wrap: anywhere; font-family: monospace; }
.nlv-health .note { margin: .3rem 0 0; padding: .3rem .6rem; border-left: 3px solid var(--theme-elevation-400);
  background: var(--theme-elevation-50); font-size: .9rem; }
.nlv-health details > summary { cursor: pointer; min-height: 1.5rem; padding: .25rem 0; }
.nlv-health .none { color: var(--theme-elevation-800); font-style: italic; }
@media (max-width: 40rem) {
  .nlv-health ul.entries > li { grid-template-columns: minmax(0, 1fr); }
  .nlv-health .summary { grid-template-columns: minmax(0, 1fr); }
}
`

/** The groups that need acting on before anything else (content readers rely on today). */
const urgent = new Set(['revisions-en-retard', 'traductions-a-revoir', 'liens-brises'])

const when = (iso: string | null) =>
  iso
    ? new Date(iso).toLocaleString('fr-CA', {
        dateStyle: 'long',
        timeStyle: 'short',
        hourCycle: 'h23',
        timeZone: 'America/Toronto',
      })
    : null

function Entry({ entry, admin }: { entry: HealthEntry; admin: string }) {
  return (
    <li>
      <div className="what">
        <a href={`${admin}${entry.path}`}>{entry.title || '(sans titre)'}</a>
        <span className="kind">{entry.kind}</span>
      </div>
      <div>
        <span className="problem">{entry.problem}</span>
        {entry.url && <span className="url">{entry.url}</span>}
        {entry.detail && <span className="detail">{entry.detail}</span>}
        {entry.note && (
          <p className="note">
            <strong>Ce qui a changé en français :</strong> {entry.note}
          </p>
        )}
      </div>
    </li>
  )
}

function Group({
  group,
  admin,
  folded = false,
}: {
  group: HealthGroup
  admin: string
  /** A long list that is not the first thing to act on: shown on request. */
  folded?: boolean
}) {
  const list = (
    <ul className="entries">
      {group.entries.map((e) => (
        <Entry key={e.key} entry={e} admin={admin} />
      ))}
    </ul>
  )
  return (
    <section aria-labelledby={`${group.id}-titre`} data-group={group.id}>
      <h3 id={`${group.id}-titre`}>
        <span id={group.id}>{group.title}</span> ({group.entries.length})
      </h3>
      <p className="help">{group.help}</p>
      {!group.entries.length ? (
        <p className="none">Rien à signaler.</p>
      ) : folded ? (
        <details>
          <summary>Afficher les {group.entries.length} lignes</summary>
          {list}
        </details>
      ) : (
        list
      )}
    </section>
  )
}

export async function HealthView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, locale, visibleEntities } = initPageResult
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
  if (!isAdminOrEditor({ req }))
    return template(
      <div id="content-health" className="nlv-health">
        <h1>Santé du contenu</h1>
        <p>Accès refusé : cette page est réservée à l’équipe de contenu et aux administrateurs.</p>
      </div>,
    )

  const admin = req.payload.config.routes.admin
  const [report, pending] = await Promise.all([
    contentHealthReport(req.payload),
    linkCheckPending(req.payload),
  ])
  const requested = searchParams?.verification === 'demandee'
  const sections = Object.keys(sectionTitles) as HealthSectionId[]
  const lastCheck = when(report.links.lastCheckedAt)

  return template(
    <div id="content-health" className="nlv-health">
      <style>{css}</style>
      <h1>Santé du contenu</h1>
      <p className="lead">
        Ce qu’il faut corriger, du plus urgent au moins urgent. Chaque ligne mène à la page où
        corriger. La liste est recalculée à chaque affichage, sauf les liens, vérifiés chaque nuit.
      </p>

      <h2 style={{ fontSize: '1.2rem', marginTop: '1.5rem' }}>À corriger, dans cet ordre</h2>
      <ol className="summary">
        {report.groups.map((g) => (
          <li
            key={g.id}
            className={[
              g.entries.length ? '' : 'zero',
              g.entries.length && urgent.has(g.id) ? 'urgent' : '',
            ].join(' ')}
          >
            <a href={`#${g.id}`}>
              <span className="count">{g.entries.length}</span>
              <span>{g.title}</span>
            </a>
          </li>
        ))}
      </ol>

      {sections.map((section) => (
        <section
          className="part"
          key={section}
          aria-labelledby={`partie-${section}`}
          id={section === 'links' ? 'liens' : undefined}
        >
          <h2 id={`partie-${section}`}>{sectionTitles[section]}</h2>
          {section === 'links' && (
            <>
              <div className="box" role="status">
                <p style={{ margin: 0 }}>
                  {lastCheck
                    ? `Dernière vérification : ${lastCheck} · ${report.links.checked} adresse(s) vérifiée(s) sur ${report.links.inUse}.`
                    : `Les liens n’ont pas encore été vérifiés (${report.links.inUse} adresse(s) dans les contenus).`}{' '}
                  Chaque nuit, chaque adresse est essayée deux fois, un site à la fois.
                </p>
                {pending || requested ? (
                  <p style={{ margin: '.5rem 0 0' }}>
                    Vérification en cours : rechargez la page dans quelques minutes.
                  </p>
                ) : (
                  <form method="post" action={`${req.payload.config.routes.api}/link-checks/run`}>
                    <button type="submit" className="btn btn--style-secondary btn--size-small">
                      Vérifier les liens maintenant
                    </button>
                  </form>
                )}
              </div>
              {report.links.noAnswerAtAll && (
                <div className="box warning">
                  <p style={{ margin: 0 }}>
                    <strong>Aucun site n’a répondu lors de la dernière vérification.</strong> Le
                    serveur n’a sans doute pas accès à Internet : les liens « injoignables » ne sont
                    pas forcément brisés. Seuls les « liens brisés » ont reçu une vraie réponse
                    d’erreur.
                  </p>
                </div>
              )}
            </>
          )}
          {report.groups
            .filter((g) => g.section === section)
            .map((g) => (
              <Group
                key={g.id}
                group={g}
                admin={admin}
                folded={
                  g.id === 'liens-non-verifies' ||
                  (g.id === 'liens-injoignables' && report.links.noAnswerAtAll)
                }
              />
            ))}
        </section>
      ))}
    </div>,
  )
}
