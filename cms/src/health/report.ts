/**
 * « Santé du contenu »: everything the content team should fix, in the order to fix it, each
 * entry with the page of the admin where it is fixed. One report, shown by the admin view
 * (admin/HealthView.tsx) and sent in the weekly digest (digest.ts).
 */
import { contentTypes, type ContentType } from '@nlv/shared/content-types'
import type { Payload } from 'payload'
import { typeLabel } from '../workflow/documents'
import { itemsDueForReview } from '../workflow/reviewDue'
import { frenchChangeNote } from './changeNote'
import {
  altTextProblem,
  hasText,
  heavyDownloadBytes,
  megabytes,
  missingTaxonomies,
} from './completeness'
import { TRANSLATION_GROUP } from './fields'
import { LINK_CHECKS } from './LinkChecks'
import { titleIn, urlsInUse } from './linkCheck'

type Doc = Record<string, any>

export type HealthSectionId = 'reviews' | 'translations' | 'links' | 'completeness'

export interface HealthEntry {
  key: string
  title: string
  /** « Fiche », « Image »… */
  kind: string
  /** The admin page where it is fixed, from the admin's root: `/collections/fact-sheets/3`. */
  path: string
  problem: string
  /** A second line: where the link is, the dates side by side. */
  detail?: string
  /** The French change note, beside a stale English version. */
  note?: string | null
  /** For links: the address. */
  url?: string
}

export interface HealthGroup {
  id: string
  section: HealthSectionId
  title: string
  /** What to do, in one sentence. */
  help: string
  entries: HealthEntry[]
}

export interface HealthReport {
  generatedAt: string
  groups: HealthGroup[]
  links: {
    inUse: number
    checked: number
    lastCheckedAt: string | null
    /** Every checked address failed without an answer: the server probably has no internet. */
    noAnswerAtAll: boolean
  }
}

export const sectionTitles: Record<HealthSectionId, string> = {
  reviews: 'Révisions périodiques',
  translations: 'Traductions',
  links: 'Liens externes',
  completeness: 'Complétude',
}

const DAY = 86_400_000
const day = (iso: string | null | undefined) =>
  iso
    ? new Date(iso).toLocaleDateString('fr-CA', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'America/Toronto',
      })
    : '—'

const itemPath = (collection: string, id: number | string, query = '') =>
  `/collections/${collection}/${id}${query}`

const statusReason = (status: number | null, error: string | null) => {
  if (status === 404 || status === 410) return `Page introuvable (HTTP ${status})`
  if (status !== null && status >= 500) return `Erreur du site (HTTP ${status})`
  if (status !== null) return `Refusé par le site (HTTP ${status})`
  if (error === 'redirect loop') return 'Redirections en boucle'
  return 'Erreur'
}

const networkReason = (error: string | null) => {
  if (!error) return 'Aucune réponse'
  if (error === 'timeout') return 'Délai dépassé : le site ne répond pas'
  if (error.startsWith('TLS')) return 'Connexion sécurisée (TLS) impossible'
  if (/ENOTFOUND|EAI_AGAIN/.test(error)) return 'Nom de domaine introuvable (DNS)'
  if (/ECONNREFUSED/.test(error)) return 'Connexion refusée'
  if (/ECONNRESET|EPIPE|UND_ERR_SOCKET/.test(error)) return 'Connexion interrompue'
  return `Aucune réponse (${error})`
}

async function latestDocs(payload: Payload, collection: ContentType): Promise<Doc[]> {
  const { docs } = await payload.find({
    collection,
    where: { workflowState: { not_equals: 'archived' } },
    draft: true,
    locale: 'all',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs as Doc[]
}

async function onlineIds(payload: Payload, collection: ContentType): Promise<Set<string>> {
  const { docs } = await payload.find({
    collection,
    where: { _status: { equals: 'published' } },
    select: {},
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Set(docs.map((d) => String(d.id)))
}

/** Has the English version been written (the site shows it), or only the French fallback? */
const hasEnglish = (doc: Doc) =>
  Boolean(doc.title?.en && doc.summary?.en && (doc.slug?.en ?? doc.slug))

export async function contentHealthReport(
  payload: Payload,
  { now = new Date() }: { now?: Date } = {},
): Promise<HealthReport> {
  const group = (
    id: string,
    section: HealthSectionId,
    title: string,
    help: string,
  ): HealthGroup => ({
    id,
    section,
    title,
    help,
    entries: [],
  })
  const g = {
    reviewsOverdue: group(
      'revisions-en-retard',
      'reviews',
      'Révisions en retard',
      'La date de révision par le comité est passée : soumettez le contenu à une nouvelle révision.',
    ),
    stale: group(
      'traductions-a-revoir',
      'translations',
      'Traductions à revoir',
      'Le français a changé depuis la dernière mise à jour de l’anglais : mettez la version anglaise à jour.',
    ),
    broken: group(
      'liens-brises',
      'links',
      'Liens brisés',
      'Le site a répondu par une erreur : remplacez ou retirez le lien.',
    ),
    unreachable: group(
      'liens-injoignables',
      'links',
      'Liens injoignables',
      'Aucune réponse du site (réseau, délai, connexion sécurisée) : ce n’est pas forcément une page disparue. Vérifiez le lien dans un navigateur.',
    ),
    reviewsSoon: group(
      'revisions-a-venir',
      'reviews',
      'Révisions dans les 60 jours',
      'Prévoyez la révision avec le comité.',
    ),
    toTranslate: group(
      'a-traduire',
      'translations',
      'À traduire',
      'Publié en français, marqué « À traduire », sans version anglaise.',
    ),
    alt: group(
      'textes-de-remplacement',
      'completeness',
      'Images sans texte de remplacement utile',
      'Décrivez ce que montre l’image, pour les personnes qui ne la voient pas.',
    ),
    taxonomy: group(
      'classement',
      'completeness',
      'Sans thème, public ou période',
      'Ajoutez les termes manquants : sans eux, le contenu n’apparaît pas dans les filtres du site.',
    ),
    transcript: group(
      'transcriptions',
      'completeness',
      'Webinaires sans transcription',
      'Ajoutez la transcription (accessibilité, recherche).',
    ),
    heavy: group(
      'fichiers-lourds',
      'completeness',
      'Fichiers de plus de 10 Mo',
      'Allégez le fichier (PDF compressé, images réduites) : il est long à télécharger sur un téléphone.',
    ),
    howTo: group(
      'modes-d-emploi',
      'completeness',
      'Outils sans mode d’emploi',
      'Remplissez « Mode d’emploi » : comment utiliser l’outil avec une famille.',
    ),
    unchecked: group(
      'liens-non-verifies',
      'links',
      'Liens pas encore vérifiés',
      'Ils seront vérifiés à la prochaine vérification des liens.',
    ),
  }

  // 1. Periodic re-reviews.
  for (const item of await itemsDueForReview(payload, { withinDays: 60, now })) {
    const target = item.overdue ? g.reviewsOverdue : g.reviewsSoon
    const days = Math.round((new Date(item.nextReviewDue).getTime() - now.getTime()) / DAY)
    target.entries.push({
      key: `${item.collection}-${item.id}`,
      title: item.title,
      kind: item.typeLabel,
      path: itemPath(item.collection, item.id),
      problem: item.overdue
        ? `Révision prévue le ${day(item.nextReviewDue)} (en retard de ${-days} j)`
        : `Révision prévue le ${day(item.nextReviewDue)} (dans ${days} j)`,
      detail: item.reviewers.length ? `Réviseur·es : ${item.reviewers.join(', ')}` : undefined,
    })
  }

  // 2. Translations and completeness of each item.
  for (const collection of contentTypes) {
    const kind = typeLabel(payload, collection)
    const online = await onlineIds(payload, collection)
    for (const doc of await latestDocs(payload, collection)) {
      const title = titleIn(doc, 'title')
      const key = `${collection}-${doc.id}`
      const entry = (problem: string, extra: Partial<HealthEntry> = {}): HealthEntry => ({
        key,
        title,
        kind,
        path: itemPath(collection, doc.id),
        problem,
        ...extra,
      })
      const t = (doc[TRANSLATION_GROUP] ?? {}) as Doc
      if (hasEnglish(doc)) {
        const fr = t.frChangedAt as string | undefined
        const en = t.enChangedAt as string | undefined
        if (fr && en && new Date(en).getTime() < new Date(fr).getTime()) {
          g.stale.entries.push(
            entry('Traduction à revoir', {
              path: itemPath(collection, doc.id, '?locale=en'),
              detail: `Français modifié le ${day(fr)} · anglais modifié le ${day(en)}`,
              note: frenchChangeNote(doc),
            }),
          )
        }
      } else if (t.toTranslate && online.has(String(doc.id))) {
        g.toTranslate.entries.push(
          entry('Aucune version anglaise', { path: itemPath(collection, doc.id, '?locale=en') }),
        )
      }
      const missing = missingTaxonomies(doc)
      if (missing.length) g.taxonomy.entries.push(entry(`Sans ${missing.join(', ni ')}`))
      if (collection === 'webinars' && !(doc.transcript?.fr ?? []).length)
        g.transcript.entries.push(entry('Aucune transcription en français'))
      if (collection === 'intervention-tools' && !hasText(doc.howToUse?.fr))
        g.howTo.entries.push(entry('« Mode d’emploi » est vide'))
    }
  }

  // 3. Images and files.
  const { docs: images } = await payload.find({
    collection: 'media',
    locale: 'all',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const image of images as Doc[]) {
    const alts = (image.alt ?? {}) as Record<string, string | undefined>
    for (const locale of ['fr', 'en'] as const) {
      // An English alternative left empty falls back to the French one: not a problem.
      if (locale === 'en' && !alts.en) continue
      const problem = altTextProblem(alts[locale], image.filename)
      if (!problem) continue
      g.alt.entries.push({
        key: `media-${image.id}-${locale}`,
        title: String(image.filename ?? alts.fr ?? image.id),
        kind: 'Image',
        path: itemPath('media', image.id, locale === 'en' ? '?locale=en' : ''),
        problem: `${problem}${locale === 'en' ? ' (anglais)' : ''}`,
      })
    }
  }
  const { docs: heavyFiles } = await payload.find({
    collection: 'documents',
    where: {
      and: [
        { filesize: { greater_than: heavyDownloadBytes } },
        { mimeType: { not_equals: 'video/mp4' } },
      ],
    },
    locale: 'fr',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const file of heavyFiles as Doc[]) {
    g.heavy.entries.push({
      key: `documents-${file.id}`,
      title: String(file.title ?? file.filename),
      kind: 'Document',
      path: itemPath('documents', file.id),
      problem: `${megabytes(Number(file.filesize))} (${file.filename})`,
    })
  }

  // 4. Links: the last result of each address in use.
  const uses = await urlsInUse(payload)
  const { docs: rows } = await payload.find({
    collection: LINK_CHECKS,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const results = new Map((rows as Doc[]).map((r) => [String(r.url), r]))
  let lastCheckedAt: string | null = null
  let checked = 0
  let answered = 0
  for (const [url, owners] of uses) {
    const row = results.get(url)
    if (row) {
      checked++
      if (row.outcome !== 'unreachable') answered++
      if (!lastCheckedAt || row.checkedAt > lastCheckedAt) lastCheckedAt = String(row.checkedAt)
    }
    const target = !row
      ? g.unchecked
      : row.outcome === 'broken'
        ? g.broken
        : row.outcome === 'unreachable'
          ? g.unreachable
          : null
    if (!target) continue
    const problem = !row
      ? 'Pas encore vérifié'
      : row.outcome === 'broken'
        ? statusReason(row.httpStatus ?? null, row.error ?? null)
        : networkReason(row.error ?? null)
    for (const owner of owners) {
      target.entries.push({
        key: `${owner.collection}-${owner.id}-${url}`,
        title: owner.title,
        kind: typeLabel(payload, owner.collection as ContentType),
        path: itemPath(owner.collection, owner.id),
        problem,
        url,
        detail: `${owner.where.join(', ')}${row ? ` · vérifié le ${day(row.checkedAt)}` : ''}`,
      })
    }
  }

  return {
    generatedAt: now.toISOString(),
    groups: Object.values(g),
    links: {
      inUse: uses.size,
      checked,
      lastCheckedAt,
      noAnswerAtAll: checked > 0 && answered === 0,
    },
  }
}
