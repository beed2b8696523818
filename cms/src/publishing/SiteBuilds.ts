import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { isAdminOrEditor } from '../access/isAdminOrEditor'
import { rebuildEndpoint, rollbackEndpoint, rollbackPreviewEndpoint } from './endpoints'

const cells = '/publishing/admin/buildCells'
/** A duration, stored in milliseconds, shown in seconds. */
const ms = (name: string, fr: string, en: string) =>
  ({
    name,
    type: 'number',
    label: { fr, en },
    admin: {
      readOnly: true,
      components: { Cell: `${cells}#SecondsCell`, Field: `${cells}#SecondsField` },
    },
  }) as const
const count = (name: string, fr: string, en: string) =>
  ({
    name,
    type: 'number',
    label: { fr, en },
    admin: { readOnly: true, components: { Cell: `${cells}#CountCell` } },
  }) as const

/** The history of site builds: what triggered each, how long it took, what failed. */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: {
    singular: { fr: 'Mise en ligne du site', en: 'Site build' },
    plural: { fr: 'Mises en ligne du site', en: 'Site builds' },
  },
  access: {
    read: isAdminOrEditor,
    // Written only by the pipeline (Local API, overrideAccess).
    create: () => false,
    update: () => false,
    delete: isAdmin,
  },
  admin: {
    group: { fr: 'Administration', en: 'Administration' },
    useAsTitle: 'buildId',
    // « En ligne » is the live build only: the status cell reads `live` (no vrai/faux column).
    defaultColumns: ['startedAt', 'status', 'trigger', 'durationMs', 'items'],
    description: {
      fr: 'Chaque publication reconstruit le site public. Un échec laisse le site en ligne intact.',
      en: 'Each publish rebuilds the public site. A failure leaves the live site untouched.',
    },
    components: { beforeListTable: ['/publishing/admin/RebuildButton#RebuildButton'] },
  },
  defaultSort: '-startedAt',
  endpoints: [rebuildEndpoint, rollbackEndpoint, rollbackPreviewEndpoint],
  fields: [
    {
      name: 'buildId',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { fr: 'Identifiant', en: 'Build id' },
      admin: { readOnly: true },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      label: { fr: 'État', en: 'Status' },
      admin: {
        readOnly: true,
        components: { Cell: `${cells}#BuildStatusCell`, Field: `${cells}#BuildStatusField` },
      },
      options: [
        { value: 'running', label: { fr: 'En cours', en: 'Running' } },
        { value: 'succeeded', label: { fr: 'Réussie', en: 'Succeeded' } },
        { value: 'unchanged', label: { fr: 'Aucun changement', en: 'Unchanged' } },
        { value: 'failed', label: { fr: 'Échec', en: 'Failed' } },
        { value: 'rollback', label: { fr: 'Retour en arrière', en: 'Rollback' } },
      ],
    },
    {
      name: 'live',
      type: 'checkbox',
      defaultValue: false,
      label: { fr: 'Version en ligne', en: 'Live version' },
      admin: { readOnly: true, hidden: true },
    },
    {
      name: 'trigger',
      type: 'text',
      label: { fr: 'Déclencheur', en: 'Trigger' },
      admin: { readOnly: true },
    },
    {
      name: 'startedAt',
      type: 'date',
      label: { fr: 'Début', en: 'Started' },
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'finishedAt',
      type: 'date',
      label: { fr: 'Fin', en: 'Finished' },
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    ms('durationMs', 'Durée', 'Duration'),
    {
      name: 'phases',
      type: 'group',
      label: { fr: 'Étapes', en: 'Phases' },
      fields: [
        ms('snapshotMs', 'Instantané', 'Snapshot'),
        ms('astroMs', 'Construction (Astro)', 'Astro build'),
        ms('pagefindMs', 'Index de recherche (Pagefind)', 'Pagefind'),
        ms('swapMs', 'Bascule', 'Swap'),
      ],
    },
    count('items', 'Contenus publiés', 'Published items'),
    count('english', 'Contenus en anglais', 'English items'),
    {
      name: 'snapshotHash',
      type: 'text',
      label: { fr: 'Empreinte du contenu', en: 'Content hash' },
      admin: { readOnly: true },
    },
    {
      // The tickets of the site-build jobs already queued when this build began (`,<uuid>,…`):
      // their changes were committed before its snapshot, so a worker that waited for the
      // build lock skips them. Tickets, not clocks (web instances and workers may run on
      // machines whose clocks differ) nor job ids (SQLite reuses a deleted last row's id).
      name: 'coveredJobs',
      type: 'text',
      admin: { hidden: true, readOnly: true },
    },
    {
      name: 'error',
      type: 'textarea',
      label: { fr: 'Erreur', en: 'Error' },
      // Shown only when there is one (an empty « Erreur » box read as a problem).
      admin: { readOnly: true, condition: (data) => Boolean(data?.error) },
    },
    {
      name: 'rollback',
      type: 'ui',
      label: { fr: 'Retour en arrière', en: 'Rollback' },
      admin: { components: { Field: '/publishing/admin/RollbackButton#RollbackButton' } },
    },
  ],
}
