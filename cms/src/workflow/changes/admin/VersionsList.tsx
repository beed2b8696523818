/**
 * The Versions tab of a reviewed document, replacing Payload's list (which names versions by
 * id and by « brouillon / publié » only): each version by its meaning — review state, date,
 * author, « approuvée par … », « publiée », « en ligne » — with a link to what changed in it
 * and one to Payload's own version page (details, restore).
 */
import { Gutter, SetDocumentStepNav } from '@payloadcms/ui'
import type { DocumentViewServerProps } from 'payload'
import { isContentType } from '../../documents'
import { type Bilingual, stateLabels } from '../../states'
import { canSeeChanges } from '../changes'
import { changesCss } from './changesCss'
import { labelVersions, versionsOf, when } from '../versionLabels'

export async function VersionsList({ initPageResult }: DocumentViewServerProps) {
  const { req, collectionConfig, docID } = initPageResult
  const lang = req.i18n.language === 'en' ? 'en' : 'fr'
  const t = (b: Bilingual) => b[lang]
  const slug = collectionConfig?.slug ?? ''
  const base = `${req.payload.config.routes.admin}/collections/${slug}/${docID}`
  let body: React.ReactNode
  const rows = isContentType(slug) ? await versionsOf(req, slug, String(docID)) : []
  if (
    !rows.length ||
    !isContentType(slug) ||
    !(await canSeeChanges(req, slug, String(docID), rows[0]!))
  ) {
    body = <p role="alert">{t({ fr: 'Accès refusé.', en: 'Forbidden.' })}</p>
  } else {
    const versions = await labelVersions(req, slug, String(docID), rows)
    body = (
      <>
        <h2>{t({ fr: 'Versions de ce contenu', en: 'Versions of this item' })}</h2>
        <p>
          {t({
            fr: 'Chaque enregistrement crée une version. La plus récente est en haut.',
            en: 'Each save creates a version. The newest is first.',
          })}{' '}
          <a href={`${base}/changes`}>
            {t({
              fr: 'Voir les changements depuis la dernière version approuvée ou publiée',
              en: 'See the changes since the last approved or published version',
            })}
          </a>
        </p>
        <div className="nlv-table-wrap">
          <table className="nlv-versions" id="versions-table">
            <thead>
              <tr>
                <th scope="col">{t({ fr: 'Version', en: 'Version' })}</th>
                <th scope="col">{t({ fr: 'Auteur·rice', en: 'Author' })}</th>
                <th scope="col">{t({ fr: 'Comité et site', en: 'Committee and site' })}</th>
                <th scope="col">{t({ fr: 'Voir', en: 'See' })}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v, i) => (
                <tr key={v.id} data-version={v.id}>
                  <td>
                    <strong>{t(stateLabels[v.state])}</strong>
                    <br />
                    <span>{when(v.updatedAt, lang)}</span>
                    {i === 0 && (
                      <span className="nlv-badge nlv-badge--changed">
                        {t({ fr: 'version actuelle', en: 'current version' })}
                      </span>
                    )}
                  </td>
                  <td>{v.author ?? '—'}</td>
                  <td>
                    {[
                      v.approvedBy &&
                        t({
                          fr: `Approuvée par ${v.approvedBy}`,
                          en: `Approved by ${v.approvedBy}`,
                        }),
                      v.online
                        ? t({ fr: 'Publiée — en ligne', en: 'Published — online' })
                        : v.published && t({ fr: 'Publiée', en: 'Published' }),
                    ]
                      .filter(Boolean)
                      .join(' · ') || '—'}
                  </td>
                  <td>
                    <a
                      href={`${base}/changes?to=${v.id}`}
                      aria-label={`${t({ fr: 'Changements de la version', en: 'Changes of the version' })} ${v.label[lang]}`}
                    >
                      {t({ fr: 'Changements', en: 'Changes' })}
                    </a>
                    {' · '}
                    <a
                      href={`${base}/versions/${v.id}`}
                      aria-label={`${t({ fr: 'Détails et restauration de la version', en: 'Details and restore of the version' })} ${v.label[lang]}`}
                    >
                      {t({ fr: 'Détails, restaurer', en: 'Details, restore' })}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </>
    )
  }
  return (
    <>
      <SetDocumentStepNav
        collectionSlug={collectionConfig?.slug}
        id={docID}
        pluralLabel={collectionConfig?.labels?.plural as never}
        useAsTitle={collectionConfig?.admin?.useAsTitle}
        view={lang === 'fr' ? 'Versions' : 'Versions'}
      />
      <main className="nlv-changes" id="versions-view">
        <style>{changesCss + versionsCss}</style>
        <Gutter>{body}</Gutter>
      </main>
    </>
  )
}

const versionsCss = `
.nlv-table-wrap { overflow-x: auto; }
.nlv-versions { width: 100%; border-collapse: collapse; font-size: 0.95rem; }
.nlv-versions th, .nlv-versions td { text-align: left; vertical-align: top; padding: 0.6rem 0.5rem;
  border-bottom: 1px solid var(--theme-elevation-150); }
.nlv-versions th { font-weight: 600; }
.nlv-versions a { color: var(--theme-text); text-decoration: underline; }
@media (max-width: 600px) {
  .nlv-versions thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .nlv-versions tr { display: block; padding: 0.5rem 0; border-bottom: 1px solid var(--theme-elevation-150); }
  .nlv-versions td { display: block; border: 0; padding: 0.15rem 0; }
}
`
