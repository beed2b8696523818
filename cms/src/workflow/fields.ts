/**
 * The fields the workflow adds to each reviewed content type. `workflowState` and the
 * `workflow` group are written only by the workflow's hooks: nobody sets them through any API
 * (field access refuses, and the hook restores them on every other write).
 */
import type { Field } from 'payload'
import { isAdminOrEditor } from '../access/isAdminOrEditor'
import { isLoggedIn } from '../access/isLoggedIn'
import { isStaff } from '../access/isStaff'
import { nobody } from '../access/nobody'
import { stateLabels, workflowStates } from './states'

export const workflowStateField = (): Field => ({
  name: 'workflowState',
  type: 'select',
  defaultValue: 'draft',
  index: true,
  label: { fr: 'État de révision', en: 'Review state' },
  options: workflowStates.map((value) => ({ value, label: stateLabels[value] })),
  // A contributor reads the state of their own items (collection access hides the others).
  access: { read: isLoggedIn, create: nobody, update: nobody },
  admin: {
    position: 'sidebar',
    readOnly: true,
    // In the edit view the state is shown by the workflow panel, with the actions beside it.
    components: { Field: '/workflow/admin/WorkflowPanelField#WorkflowPanelField' },
  },
})

const user = (name: string, fr: string, en: string, hasMany = false): Field => ({
  name,
  type: 'relationship',
  relationTo: 'users',
  hasMany,
  label: { fr, en },
  admin: { readOnly: true },
})

/** Bookkeeping of the approval in force and of who changed what. */
export const workflowGroupField = (): Field => ({
  name: 'workflow',
  type: 'group',
  label: { fr: 'Approbation du comité', en: 'Committee approval' },
  access: { read: isLoggedIn, create: nobody, update: nobody },
  // Shown by the workflow panel (names rather than account ids); kept in the API for audits.
  admin: { position: 'sidebar', readOnly: true, hidden: true },
  fields: [
    user('lastContentEditor', 'Dernière modification du contenu par', 'Content last changed by'),
    // Four eyes: none of them may approve (emptied by each approval).
    user(
      'contentEditors',
      'Contenu modifié depuis la dernière approbation par',
      'Content changed since the last approval by',
      true,
    ),
    // Who created the item: a contributor reads and edits only their own (access/ownContent.ts).
    { ...user('createdBy', 'Créé par', 'Created by'), index: true } as Field,
    user('submittedBy', 'Soumis par', 'Submitted by'),
    {
      name: 'submittedAt',
      type: 'date',
      label: { fr: 'Soumis le', en: 'Submitted on' },
      admin: {
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy HH:mm' },
      },
    },
    user('approvedBy', 'Approuvé par', 'Approved by'),
    {
      name: 'approvedAt',
      type: 'date',
      label: { fr: 'Approuvé le', en: 'Approved on' },
      admin: {
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy HH:mm' },
      },
    },
    {
      name: 'approvedVersion',
      type: 'text',
      label: { fr: 'Version approuvée', en: 'Approved version' },
      admin: { readOnly: true },
    },
    {
      name: 'approvedHash',
      type: 'text',
      label: { fr: 'Empreinte du contenu approuvé', en: 'Approved content hash' },
      admin: { hidden: true },
    },
  ],
})

/** Scheduled publication and withdrawal, run by the jobs queue (see jobs.ts). */
export const scheduleGroupField = (): Field => ({
  name: 'schedule',
  type: 'group',
  label: { fr: 'Publication programmée', en: 'Scheduled publication' },
  access: { read: isStaff, create: isAdminOrEditor, update: isAdminOrEditor },
  admin: {
    position: 'sidebar',
    description: {
      fr: 'Une version approuvée est publiée à la date indiquée ; le retrait du site se fait à la seconde date.',
      en: 'An approved version is published at the first date; it is taken offline at the second.',
    },
  },
  fields: [
    {
      name: 'publishAt',
      type: 'date',
      label: { fr: 'Publier le', en: 'Publish on' },
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy HH:mm' } },
    },
    {
      name: 'unpublishAt',
      type: 'date',
      label: { fr: 'Retirer du site le', en: 'Unpublish on' },
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy HH:mm' } },
    },
  ],
})
