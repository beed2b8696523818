/**
 * The admin's home page: each role's work queues, in French, instead of Payload's cards of
 * collections. Server-rendered from queries.ts with the user's own access; no client script.
 * One click on an item opens it where the next step happens: for the committee, its review view
 * (« ce qui a changé »); for the content team and contributors, the item itself.
 */
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps, Payload } from 'payload'
import type { ReactNode } from 'react'
import type { User } from '../../../payload-types'
import { roleLabels, type Role } from '../../../access/roles'
import { contentTypes } from '@nlv/shared/content-types'
import { typeLabel } from '../../documents'
import { stateLabels } from '../../states'
import type { DueItem } from '../../reviewDue'
import {
  type Build,
  type ChangeRequest,
  type CommentSummary,
  type Publication,
  type QueueItem,
  queuesFor,
} from '../queries'
import { queueStyles } from './styles'

const dateTime = new Intl.DateTimeFormat('fr-CA', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'America/Toronto',
})
const dateOnly = new Intl.DateTimeFormat('fr-CA', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'America/Toronto',
})
const when = (iso: string | null | undefined) => (iso ? dateTime.format(new Date(iso)) : '—')
const day = (iso: string | null | undefined) => (iso ? dateOnly.format(new Date(iso)) : '—')

const buildLabels: Record<string, string> = {
  running: 'Mise en ligne en cours',
  succeeded: 'En ligne',
  unchanged: 'En ligne (aucun changement)',
  failed: 'Échec de la mise en ligne',
  rollback: 'Retour en arrière',
}

/**
 * The review view (« ce qui a changé », `/admin/collections/<slug>/<id>/changes`) when the
 * configuration has it; the item itself otherwise.
 */
export function hasChangesView(payload: Payload, collection: string): boolean {
  const views = payload.collections[collection as 'fact-sheets']?.config.admin?.components?.views
  const edit = (views?.edit ?? {}) as Record<string, { path?: string } | undefined>
  const root = (payload.config.admin?.components?.views ?? {}) as Record<string, { path?: string }>
  return (
    Object.values(edit).some((v) => v?.path === '/changes') ||
    Object.values(root).some((v) => /\/collections\/:[^/]+\/:[^/]+\/changes$/.test(v?.path ?? ''))
  )
}

export function WorkQueuesView({ initPageResult }: AdminViewServerProps) {
  return <Queues initPageResult={initPageResult} />
}

async function Queues({ initPageResult }: Pick<AdminViewServerProps, 'initPageResult'>) {
  const { req } = initPageResult
  const user = req.user as unknown as User
  const payload = req.payload
  const admin = payload.config.routes.admin
  const queues = await queuesFor(payload, user)
  const role = (user.role ?? '') as Role
  const name = String(user.name ?? '').trim()

  const editHref = (collection: string, id: number | string) =>
    `${admin}/collections/${collection}/${id}`
  const reviewHref = (collection: string, id: number | string) =>
    hasChangesView(payload, collection)
      ? `${admin}/collections/${collection}/${id}/changes`
      : editHref(collection, id)

  const sections: ReactNode[] = []
  const summary: { id: string; label: string; count: number; urgent?: boolean }[] = []
  const add = (
    id: string,
    title: string,
    count: number,
    intro: string,
    empty: string,
    body: ReactNode,
    urgent = false,
  ) => {
    summary.push({ id, label: title, count, urgent })
    sections.push(
      <section key={id} className="nlv-q__section" aria-labelledby={`${id}-h`} id={id}>
        <h2 id={`${id}-h`} className="nlv-q__h2">
          {title}{' '}
          <span className={`nlv-q__count${urgent && count ? ' nlv-q__count--urgent' : ''}`}>
            {count}
          </span>
        </h2>
        <p className="nlv-q__intro">{intro}</p>
        {count === 0 ? <p className="nlv-q__empty">{empty}</p> : body}
      </section>,
    )
  }

  const submissionList = (items: QueueItem[], href = reviewHref) => (
    <ul className="nlv-q__list">
      {items.map((i) => (
        <li
          key={`${i.collection}-${i.id}`}
          className={`nlv-q__item${i.overdue ? ' nlv-q__item--overdue' : ''}`}
          data-overdue={i.overdue}
        >
          <a className="nlv-q__title" href={href(i.collection, i.id)}>
            {i.title}
          </a>
          <p className="nlv-q__meta">
            <span className="nlv-q__tag">{i.typeLabel}</span>
            <span className="nlv-q__tag">
              {i.revision ? 'Révision d’un contenu en ligne' : 'Nouveau contenu'}
            </span>
            {i.assignedToMe ? (
              <span className="nlv-q__tag nlv-q__tag--me">Assigné à vous</span>
            ) : null}
          </p>
          <p className="nlv-q__meta">
            Soumis par {i.submittedBy ?? '—'} le {when(i.submittedAt)}
            {i.assigned.length && !i.assignedToMe ? ` · assigné à ${i.assigned.join(', ')}` : ''}
          </p>
          <p className={`nlv-q__due${i.overdue ? ' nlv-q__due--overdue' : ''}`}>
            {i.overdue
              ? `En retard : révision attendue le ${day(i.dueAt)}`
              : `Révision attendue d’ici le ${day(i.dueAt)}`}
          </p>
          {i.message ? (
            <blockquote className="nlv-q__message">
              <span className="nlv-q__sr">Message de la soumission : </span>« {i.message} »
            </blockquote>
          ) : null}
        </li>
      ))}
    </ul>
  )

  const itemList = (items: QueueItem[], detail: (i: QueueItem) => ReactNode) => (
    <ul className="nlv-q__list">
      {items.map((i) => (
        <li key={`${i.collection}-${i.id}`} className="nlv-q__item">
          <a className="nlv-q__title" href={editHref(i.collection, i.id)}>
            {i.title}
          </a>
          <p className="nlv-q__meta">
            <span className="nlv-q__tag">{i.typeLabel}</span> {detail(i)}
          </p>
        </li>
      ))}
    </ul>
  )

  const periodicList = (items: DueItem[]) => (
    <ul className="nlv-q__list">
      {items.map((i) => (
        <li
          key={`${i.collection}-${i.id}`}
          className={`nlv-q__item${i.overdue ? ' nlv-q__item--overdue' : ''}`}
        >
          <a className="nlv-q__title" href={editHref(i.collection, i.id)}>
            {i.title}
          </a>
          <p className="nlv-q__meta">
            <span className="nlv-q__tag">{i.typeLabel}</span> Dernière révision :{' '}
            {day(i.lastReviewedAt)}
          </p>
          <p className={`nlv-q__due${i.overdue ? ' nlv-q__due--overdue' : ''}`}>
            {i.overdue
              ? `En retard depuis le ${day(i.nextReviewDue)}`
              : `Prévue le ${day(i.nextReviewDue)}`}
          </p>
        </li>
      ))}
    </ul>
  )

  const requestList = (items: ChangeRequest[]) => (
    <ul className="nlv-q__list">
      {items.map((c) => (
        <li key={c.id} className="nlv-q__item">
          <a className="nlv-q__title" href={reviewHref(c.collection, c.docId)}>
            {c.title}
          </a>
          <p className="nlv-q__meta">
            <span className="nlv-q__tag">{c.typeLabel}</span> Demandé le {when(c.createdAt)}
            {c.state ? ` · état : ${stateLabels[c.state].fr}` : ''}
          </p>
          <blockquote className="nlv-q__message">« {c.body} »</blockquote>
        </li>
      ))}
    </ul>
  )

  const publicationList = (items: Publication[]) => (
    <ul className="nlv-q__list">
      {items.map((p, n) => (
        <li key={`${p.collection}-${p.id}-${n}`} className="nlv-q__item">
          <a className="nlv-q__title" href={editHref(p.collection, p.id)}>
            {p.title}
          </a>
          <p className="nlv-q__meta">
            <span className="nlv-q__tag">{p.typeLabel}</span> Publié par {p.by ?? '—'} le{' '}
            {when(p.at)}
          </p>
          <p className={`nlv-q__due${p.build?.status === 'failed' ? ' nlv-q__due--overdue' : ''}`}>
            Site :{' '}
            {p.build ? (buildLabels[p.build.status] ?? p.build.status) : 'mise en ligne en attente'}
          </p>
        </li>
      ))}
    </ul>
  )

  const buildList = (items: Build[]) => (
    <ul className="nlv-q__list">
      {items.map((b) => (
        <li key={b.id} className="nlv-q__item nlv-q__item--overdue">
          <a className="nlv-q__title" href={`${admin}/collections/site-builds/${b.id}`}>
            Mise en ligne du {when(b.startedAt)}
          </a>
          <p className="nlv-q__meta">{b.trigger ?? ''}</p>
          {b.error ? <p className="nlv-q__message">{b.error}</p> : null}
        </li>
      ))}
    </ul>
  )

  const commentList = (comments: CommentSummary[]) =>
    comments.length ? (
      <ul className="nlv-q__comments" aria-label="Commentaires du comité">
        {comments.map((c) => (
          <li key={c.id}>
            <strong>
              {c.kind === 'change_request'
                ? c.resolved
                  ? 'Demande de modification (résolue)'
                  : 'Demande de modification'
                : 'Commentaire'}
            </strong>{' '}
            de {c.authorName ?? '—'}, le {when(c.createdAt)} : « {c.body} »
          </li>
        ))}
      </ul>
    ) : (
      <p className="nlv-q__meta">Pas encore de commentaire du comité.</p>
    )

  let intro = ''
  if (queues.toReview) {
    const assigned = queues.assignedToMe ?? []
    add(
      'assigne-a-moi',
      'Assigné à moi',
      assigned.length,
      'Les soumissions pour lesquelles l’équipe de contenu vous a nommé·e.',
      'Aucune soumission ne vous est assignée en particulier.',
      submissionList(assigned),
    )
    add(
      'a-reviser',
      'À réviser',
      queues.toReview.length,
      `Tout ce qui attend l’avis du comité, le plus ancien d’abord. Délai de révision : ${queues.reviewDueDays} jours après la soumission. Cliquez sur un titre pour voir ce qui a changé et donner votre avis.`,
      'Rien n’attend le comité pour l’instant.',
      submissionList(queues.toReview),
      queues.toReview.some((i) => i.overdue),
    )
  }
  if (queues.overdueReviews) {
    add(
      'revisions-en-retard',
      'Révisions en retard',
      queues.overdueReviews.length,
      `Soumissions qui attendent le comité depuis plus de ${queues.reviewDueDays} jours.`,
      'Aucune soumission en retard.',
      submissionList(queues.overdueReviews),
      true,
    )
  }
  if (queues.failedBuilds) {
    add(
      'echecs',
      'Mises en ligne échouées',
      queues.failedBuilds.length,
      'Les reconstructions du site qui ont échoué depuis la dernière réussie. Ouvrez-en une pour lire l’erreur, puis relancez la mise en ligne.',
      'Aucun échec : le site en ligne est à jour.',
      buildList(queues.failedBuilds),
      true,
    )
  }
  if (queues.myDrafts) {
    add(
      'mes-brouillons',
      'Mes brouillons',
      queues.myDrafts.length,
      'Les contenus que vous rédigez. Quand un contenu est prêt, ouvrez-le et soumettez-le au comité.',
      'Aucun brouillon en cours.',
      itemList(queues.myDrafts, (i) => `Modifié le ${when(i.updatedAt)}`),
    )
    add(
      'modifications-demandees',
      'Modifications demandées',
      queues.changesRequested!.length,
      'Le comité demande des changements. Corrigez, répondez aux commentaires, puis soumettez à nouveau.',
      'Aucune demande de modification en attente.',
      itemList(queues.changesRequested!, (i) =>
        i.openChangeRequests
          ? `${i.openChangeRequests} demande${i.openChangeRequests > 1 ? 's' : ''} ouverte${i.openChangeRequests > 1 ? 's' : ''}`
          : 'Toutes les demandes sont résolues',
      ),
    )
    add(
      'approuves',
      'Approuvés — à publier',
      queues.approved!.length,
      'Le comité a approuvé ces contenus : ils attendent d’être publiés.',
      'Rien à publier pour l’instant.',
      itemList(queues.approved!, (i) => `Approuvé, modifié le ${when(i.updatedAt)}`),
    )
    add(
      'planifies',
      'Planifiés',
      queues.scheduled!.length,
      'Publications et retraits du site programmés.',
      'Aucune publication ni retrait programmé.',
      itemList(queues.scheduled!, (i) =>
        [
          i.publishAt ? `Publication le ${when(i.publishAt)}` : '',
          i.unpublishAt ? `Retrait le ${when(i.unpublishAt)}` : '',
        ]
          .filter(Boolean)
          .join(' · '),
      ),
    )
    add(
      'mises-en-ligne',
      'Mises en ligne récentes',
      queues.recentlyPublished!.length,
      'Les dernières publications et l’état de la mise en ligne du site.',
      'Aucune publication récente.',
      publicationList(queues.recentlyPublished!),
      queues.recentlyPublished!.some((p) => p.build?.status === 'failed'),
    )
  }
  if (queues.periodicDue) {
    add(
      'revisions-periodiques',
      'Révisions périodiques dues',
      queues.periodicDue.length,
      'Contenus en ligne à relire, en retard ou prévus dans les 30 jours.',
      'Aucune révision périodique due.',
      periodicList(queues.periodicDue),
      queues.periodicDue.some((i) => i.overdue),
    )
    add(
      'mes-demandes',
      'Mes demandes de modification ouvertes',
      queues.myChangeRequests!.length,
      'Ce que vous avez demandé de changer et qui n’est pas encore résolu.',
      'Vous n’avez aucune demande ouverte.',
      requestList(queues.myChangeRequests!),
    )
  }
  if (queues.contributions) {
    add(
      'mes-contributions',
      'Mes contributions',
      queues.contributions.length,
      'Les contenus que vous avez créés, leur état et les commentaires du comité d’experts. Quand un brouillon est prêt, ouvrez-le et cliquez sur « Soumettre au comité » : le comité le relit avant toute publication.',
      'Vous n’avez encore rien créé. Choisissez un type de contenu dans le menu pour commencer.',
      <ul className="nlv-q__list">
        {queues.contributions.map((i) => (
          <li key={`${i.collection}-${i.id}`} className="nlv-q__item">
            <a className="nlv-q__title" href={editHref(i.collection, i.id)}>
              {i.title}
            </a>
            <p className="nlv-q__meta">
              <span className="nlv-q__tag">{i.typeLabel}</span>
              <span className="nlv-q__tag nlv-q__tag--state">{stateLabels[i.state].fr}</span>
              Modifié le {when(i.updatedAt)}
            </p>
            {i.decision ? (
              <p className="nlv-q__message">
                <strong>
                  {i.decision.action === 'approve'
                    ? 'Approuvé par le comité'
                    : 'Modifications demandées par le comité'}
                </strong>{' '}
                ({i.decision.actorName ?? '—'}, le {when(i.decision.createdAt)})
                {i.decision.message ? ` : « ${i.decision.message} »` : ''}
              </p>
            ) : null}
            {i.comments.length || !i.decision ? commentList(i.comments) : null}
          </li>
        ))}
      </ul>,
    )
  }

  if (role === 'reviewer') intro = 'Voici ce qui attend le comité d’experts.'
  else if (role === 'editor') intro = 'Voici où en sont les contenus de l’équipe.'
  else if (role === 'admin')
    intro = 'Voici le travail en cours du comité et de l’équipe de contenu.'
  else if (role === 'contributor')
    intro = 'Voici vos contributions et ce qu’en dit le comité d’experts.'

  // The page's main landmark (Payload's template gives a custom view none); the header and the
  // navigation stay outside it.
  return (
    <main id="workflow-queues">
      <Gutter>
        <div className="nlv-q">
          <style>{queueStyles}</style>
          <h1 className="nlv-q__h1">Bonjour{name ? `, ${name}` : ''}</h1>
          <p className="nlv-q__lead">
            {intro} <span className="nlv-q__role">Rôle : {roleLabels[role]?.fr ?? '—'}</span>
          </p>
          {role === 'editor' || role === 'admin' || role === 'contributor' ? (
            <nav aria-label="Créer un contenu" className="nlv-q__create">
              <span>Créer un contenu :</span>
              {contentTypes.map((c) => (
                <a key={c} href={`${admin}/collections/${c}/create`} className="nlv-q__create-link">
                  + {typeLabel(payload, c)}
                </a>
              ))}
            </nav>
          ) : null}
          {summary.length ? (
            <nav aria-label="Résumé de vos files de travail">
              <ul className="nlv-q__summary">
                {summary.map((s) => (
                  <li key={s.id}>
                    <a
                      href={`#${s.id}`}
                      className={`nlv-q__card${s.urgent && s.count ? ' nlv-q__card--urgent' : ''}`}
                    >
                      <span className="nlv-q__card-count">{s.count}</span>
                      <span className="nlv-q__card-label">{s.label}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : (
            <p>Votre compte n’a pas encore de rôle : demandez à un·e administrateur·rice.</p>
          )}
          {queues.truncated ? (
            <p className="nlv-q__intro">
              Seuls les {200} contenus les plus récents de chaque type sont pris en compte.
            </p>
          ) : null}
          {sections}
        </div>
      </Gutter>
    </main>
  )
}
