/**
 * `/admin/collections/<slug>/<id>/changes`: what changed since the committee last approved the
 * item (or since it was last published; for a first submission, the whole content), by
 * language, rendered on the server from changes.ts. Additions and removals are `<ins>`/`<del>`
 * with a visible legend and words for screen readers, never colour alone.
 */
import { Gutter, SetDocumentStepNav } from '@payloadcms/ui'
import type { DocumentViewServerProps } from 'payload'
import type { Bilingual } from '../../states'
import { changesFor, ChangesRefused, type ChangesReport } from '../changes'
import type { Diff, FieldChange, ItemChange, Paragraph, Part } from '../diffContent'
import { changesCss } from './changesCss'

type Lang = 'fr' | 'en'

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? null

const sectionTitle = (locale: string | null): Bilingual =>
  locale === 'fr'
    ? { fr: 'Français', en: 'French' }
    : locale === 'en'
      ? { fr: 'Anglais (English)', en: 'English' }
      : { fr: 'Commun aux deux langues', en: 'Shared by both languages' }

const statusWords: Record<FieldChange['status'] | ItemChange['op'], Bilingual> = {
  added: { fr: 'ajouté', en: 'added' },
  removed: { fr: 'retiré', en: 'removed' },
  changed: { fr: 'modifié', en: 'changed' },
}

function Added({
  children,
  lang,
  quiet,
}: {
  children: React.ReactNode
  lang: Lang
  quiet?: boolean
}) {
  return (
    <ins>
      {!quiet && <span className="nlv-vh">{lang === 'fr' ? '[ajouté : ' : '[added: '}</span>}
      {children}
      {!quiet && <span className="nlv-vh">]</span>}
    </ins>
  )
}

function Removed({ children, lang }: { children: React.ReactNode; lang: Lang }) {
  return (
    <del>
      <span className="nlv-vh">{lang === 'fr' ? '[retiré : ' : '[removed: '}</span>
      {children}
      <span className="nlv-vh">]</span>
    </del>
  )
}

function Words({ parts, lang }: { parts: Part[]; lang: Lang }) {
  return (
    <>
      {parts.map((p, i) =>
        p.op === 'added' ? (
          <Added key={i} lang={lang}>
            {p.text}
          </Added>
        ) : p.op === 'removed' ? (
          <Removed key={i} lang={lang}>
            {p.text}
          </Removed>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  )
}

/** Paragraphs of a text; runs of unchanged ones are folded (one short one is kept as context). */
function TextDiff({
  paragraphs,
  lang,
  quiet,
}: {
  paragraphs: Paragraph[]
  lang: Lang
  quiet: boolean
}) {
  const out: React.ReactNode[] = []
  let run: string[] = []
  const flushRun = (key: string) => {
    if (!run.length) return
    if (run.length === 1 && run[0]!.length <= 240) {
      out.push(
        <p key={key} className="nlv-same">
          {run[0]}
        </p>,
      )
    } else {
      out.push(
        <details key={key} className="nlv-folded">
          <summary>
            {lang === 'fr'
              ? `${run.length} paragraphe${run.length > 1 ? 's' : ''} inchangé${run.length > 1 ? 's' : ''}`
              : `${run.length} unchanged paragraph${run.length > 1 ? 's' : ''}`}
          </summary>
          {run.map((text, i) => (
            <p key={i} className="nlv-same">
              {text}
            </p>
          ))}
        </details>,
      )
    }
    run = []
  }
  paragraphs.forEach((p, i) => {
    if (p.op === 'same') {
      run.push(p.text)
      return
    }
    flushRun(`run-${i}`)
    out.push(
      <p key={i}>
        {p.op === 'changed' ? (
          <Words parts={p.parts} lang={lang} />
        ) : p.op === 'added' ? (
          <Added lang={lang} quiet={quiet}>
            {p.text}
          </Added>
        ) : (
          <Removed lang={lang}>{p.text}</Removed>
        )}
      </p>,
    )
  })
  flushRun('run-end')
  return <div className="nlv-text">{out}</div>
}

function DiffBody({ diff, lang, quiet }: { diff: Diff; lang: Lang; quiet: boolean }) {
  const t = (b: Bilingual) => b[lang]
  switch (diff.kind) {
    case 'text':
      return <TextDiff paragraphs={diff.paragraphs} lang={lang} quiet={quiet} />
    case 'value':
      return (
        <p className="nlv-value">
          {diff.before !== null && (
            <>
              {diff.after !== null && (
                <span className="nlv-tag">{t({ fr: 'Avant', en: 'Before' })}</span>
              )}{' '}
              <Removed lang={lang}>{diff.before}</Removed>
            </>
          )}
          {diff.before !== null && diff.after !== null && <br />}
          {diff.after !== null && (
            <>
              {diff.before !== null && (
                <span className="nlv-tag">{t({ fr: 'Après', en: 'After' })}</span>
              )}{' '}
              <Added lang={lang} quiet={quiet}>
                {diff.after}
              </Added>
            </>
          )}
        </p>
      )
    case 'set':
      return (
        <>
          <ul className="nlv-set">
            {diff.added.map((name) => (
              <li key={`a-${name}`}>
                <span className="nlv-badge nlv-badge--added">{t(statusWords.added)}</span>{' '}
                <Added lang={lang} quiet>
                  {name}
                </Added>
              </li>
            ))}
            {diff.removed.map((name) => (
              <li key={`r-${name}`}>
                <span className="nlv-badge nlv-badge--removed">{t(statusWords.removed)}</span>{' '}
                <Removed lang={lang}>{name}</Removed>
              </li>
            ))}
          </ul>
          {diff.kept > 0 && !quiet && (
            <p className="nlv-note">
              {lang === 'fr'
                ? `${diff.kept} autre${diff.kept > 1 ? 's' : ''} inchangé${diff.kept > 1 ? 's' : ''}`
                : `${diff.kept} other${diff.kept > 1 ? 's' : ''} unchanged`}
            </p>
          )}
        </>
      )
    case 'items':
      return (
        <>
          <ol className="nlv-items">
            {diff.items.map((item) => (
              <li key={`${item.op}-${item.position}`} className={`nlv-item nlv-item--${item.op}`}>
                <div className="nlv-item__head">
                  {!quiet && (
                    <span className={`nlv-badge nlv-badge--${item.op}`}>
                      {t(statusWords[item.op])}
                    </span>
                  )}{' '}
                  <strong>
                    {t(diff.itemLabel)} {item.position}
                  </strong>
                  {item.summary && item.op === 'changed' && <span> — {item.summary}</span>}
                </div>
                <Changes
                  changes={item.changes}
                  lang={lang}
                  quiet={quiet}
                  plain={item.op !== 'changed'}
                  level={5}
                />
              </li>
            ))}
          </ol>
          {diff.unchanged > 0 && !quiet && (
            <p className="nlv-note">
              {lang === 'fr'
                ? `${diff.unchanged} autre${diff.unchanged > 1 ? 's' : ''} inchangé${diff.unchanged > 1 ? 's' : ''}`
                : `${diff.unchanged} other${diff.unchanged > 1 ? 's' : ''} unchanged`}
            </p>
          )}
        </>
      )
  }
}

function Changes({
  changes,
  lang,
  quiet,
  plain = false,
  level,
}: {
  changes: FieldChange[]
  lang: Lang
  quiet: boolean
  /** The fields of an added or removed item: the item's badge already says so. */
  plain?: boolean
  level: 4 | 5
}) {
  const Heading = level === 4 ? 'h4' : 'h5'
  return (
    <>
      {changes.map((change) => (
        <div key={change.path} className="nlv-change" data-path={change.path}>
          <Heading className="nlv-change__label">
            {change.label[lang]}{' '}
            {!quiet && !plain && (
              <span className={`nlv-badge nlv-badge--${change.status}`}>
                {statusWords[change.status][lang]}
              </span>
            )}
          </Heading>
          <DiffBody diff={change.diff} lang={lang} quiet={quiet} />
        </div>
      ))}
    </>
  )
}

function Report({ report, lang, base }: { report: ChangesReport; lang: Lang; base: string }) {
  const t = (b: Bilingual) => b[lang]
  const quiet = report.basis === 'none'
  const options = report.versions
  return (
    <div className={quiet ? 'nlv-quiet' : undefined} data-basis={report.basis}>
      <h2 id="changes-heading">{t(report.heading)}</h2>
      <p className="nlv-compared" id="changes-compared">
        {report.from ? (
          <>
            {t({ fr: 'De', en: 'From' })} <strong>{t(report.from.label)}</strong>{' '}
            {t({ fr: 'à', en: 'to' })} <strong>{t(report.to.label)}</strong>
          </>
        ) : (
          <>
            {t({ fr: 'Version affichée :', en: 'Version shown:' })}{' '}
            <strong>{t(report.to.label)}</strong>
          </>
        )}
      </p>
      <form method="get" action={base} className="nlv-pick">
        <label>
          <span>{t({ fr: 'Comparer depuis', en: 'Compare from' })}</span>
          <select name="from" defaultValue={report.basis === 'chosen' ? report.from?.id : ''}>
            <option value="">
              {t({
                fr: 'la dernière version approuvée ou publiée',
                en: 'the last approved or published version',
              })}
            </option>
            {options.map((v) => (
              <option key={v.id} value={v.id}>
                {t(v.label)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t({ fr: 'jusqu’à', en: 'up to' })}</span>
          <select name="to" defaultValue={report.to.id === options[0]?.id ? '' : report.to.id}>
            <option value="">{t({ fr: 'la version actuelle', en: 'the current version' })}</option>
            {options.map((v) => (
              <option key={v.id} value={v.id}>
                {t(v.label)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn btn--style-secondary btn--size-small">
          {t({ fr: 'Comparer', en: 'Compare' })}
        </button>
      </form>
      {!quiet && (
        <p className="nlv-legend">
          {t({ fr: 'Légende :', en: 'Key:' })}{' '}
          <ins>{t({ fr: 'texte ajouté', en: 'added text' })}</ins>{' '}
          <del>{t({ fr: 'texte retiré', en: 'removed text' })}</del>
        </p>
      )}
      {report.count === 0 ? (
        <p id="changes-none">
          {t({
            fr: 'Aucun changement de contenu entre ces deux versions.',
            en: 'No content change between these two versions.',
          })}
        </p>
      ) : (
        report.sections
          .filter((s) => s.changes.length)
          .map((section) => (
            <section
              key={section.locale ?? 'shared'}
              className="nlv-section"
              aria-labelledby={`changes-${section.locale ?? 'shared'}`}
              lang={section.locale ?? undefined}
            >
              <h3 id={`changes-${section.locale ?? 'shared'}`} lang={lang}>
                {t(sectionTitle(section.locale))}{' '}
                <span className="nlv-count">
                  (
                  {lang === 'fr'
                    ? `${section.changes.length} champ${section.changes.length > 1 ? 's' : ''}`
                    : `${section.changes.length} field${section.changes.length > 1 ? 's' : ''}`}
                  )
                </span>
              </h3>
              <Changes changes={section.changes} lang={lang} quiet={quiet} level={4} />
            </section>
          ))
      )}
    </div>
  )
}

export async function ChangesView({ initPageResult, searchParams }: DocumentViewServerProps) {
  const { req, collectionConfig, docID } = initPageResult
  const lang: Lang = req.i18n.language === 'en' ? 'en' : 'fr'
  const admin = req.payload.config.routes.admin
  const slug = collectionConfig?.slug ?? ''
  const base = `${admin}/collections/${slug}/${docID}/changes`
  let body: React.ReactNode
  try {
    const report = await changesFor(req, slug, String(docID), {
      from: first(searchParams?.from),
      to: first(searchParams?.to),
    })
    body = <Report report={report} lang={lang} base={base} />
  } catch (error) {
    if (!(error instanceof ChangesRefused)) throw error
    body = (
      <p role="alert" id="changes-refused">
        {error.reason[lang]}
      </p>
    )
  }
  const plural = collectionConfig?.labels?.plural
  return (
    <>
      <SetDocumentStepNav
        collectionSlug={collectionConfig?.slug}
        id={docID}
        pluralLabel={plural as never}
        useAsTitle={collectionConfig?.admin?.useAsTitle}
        view={lang === 'fr' ? 'Changements' : 'Changes'}
      />
      <main className="nlv-changes" id="changes-view">
        <style>{changesCss}</style>
        <Gutter>{body}</Gutter>
      </main>
    </>
  )
}
