import type { CollectionConfig } from 'payload'
import { reviewedCollections } from '../reviewedCollections'
import { isStaff } from '../../access/isStaff'
import { nobody } from '../../access/nobody'
import { eventActions, eventLabels, stateLabels, workflowStates } from '../states'

const stateOptions = workflowStates.map((value) => ({ value, label: stateLabels[value] }))

/**
 * The audit trail: one row per transition (who, when, from → to, which version, message,
 * override), per content change that voided an approval, and per correction of the public
 * review facts. Nobody creates, edits or deletes a row through any API: only the workflow's hooks
 * write here, with access overridden.
 */
export const ReviewEvents: CollectionConfig = {
  slug: 'review-events',
  labels: {
    singular: { fr: 'Événement de révision', en: 'Review event' },
    plural: { fr: 'Historique des révisions', en: 'Review history' },
  },
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  admin: {
    useAsTitle: 'docTitle',
    defaultColumns: [
      'createdAt',
      'docTitle',
      'action',
      'fromState',
      'toState',
      'actorName',
      'override',
    ],
    group: { fr: 'Révision', en: 'Review' },
    listSearchableFields: ['docTitle', 'actorName', 'message'],
    description: {
      fr: 'Chaque changement d’état de révision, consigné automatiquement. Personne ne peut modifier ni supprimer cet historique.',
      en: 'Every review state change, recorded automatically. Nobody can edit or delete this history.',
    },
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'doc',
      type: 'relationship',
      relationTo: [...reviewedCollections],
      required: true,
      index: true,
      label: { fr: 'Contenu', en: 'Item' },
    },
    { name: 'docTitle', type: 'text', label: { fr: 'Titre du contenu', en: 'Item title' } },
    {
      name: 'action',
      type: 'select',
      required: true,
      label: { fr: 'Action', en: 'Action' },
      options: eventActions.map((value) => ({
        value,
        label: eventLabels[value],
      })),
    },
    { name: 'fromState', type: 'select', label: { fr: 'De', en: 'From' }, options: stateOptions },
    {
      name: 'toState',
      type: 'select',
      required: true,
      label: { fr: 'Vers', en: 'To' },
      options: stateOptions,
    },
    { name: 'actor', type: 'relationship', relationTo: 'users', label: { fr: 'Par', en: 'By' } },
    {
      name: 'actorName',
      type: 'text',
      label: { fr: 'Par (nom)', en: 'By (name)' },
      admin: {
        description: {
          fr: '« Système » pour une tâche programmée ou un import.',
          en: '"System" for a scheduled job or an import.',
        },
      },
    },
    { name: 'version', type: 'text', label: { fr: 'Version', en: 'Version' } },
    { name: 'message', type: 'textarea', label: { fr: 'Message', en: 'Message' } },
    {
      name: 'override',
      type: 'checkbox',
      defaultValue: false,
      label: { fr: 'Dérogation d’un·e administrateur·rice', en: 'Administrator override' },
    },
  ],
}
