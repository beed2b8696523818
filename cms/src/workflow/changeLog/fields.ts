/**
 * The fields of the public change log on each reviewed content type:
 * - `history`: the public dates and the published change notes (`@nlv/shared/dates`), written
 *   only at publication, inside the publishing write (`publication.ts`);
 * - `changeNote`: « Ce qui a changé », the note that goes with the next publication. Written
 *   only through `POST /api/<collection>/:id/change-note` (`endpoint.ts`), shown and edited in
 *   the review panel (`admin/ChangeNoteEditor.tsx`).
 * Neither is content (`contentHash.ts`): an approval covers the content, and the note is bound
 * to it by the rule that nobody changes it once the version is approved (`rules.ts`).
 */
import { changeNoteMaxLength } from '@nlv/shared/dates'
import type { Field } from 'payload'
import { isStaff } from '../../access/isStaff'
import { nobody } from '../../access/nobody'

const dateField = (name: string, fr: string, en: string): Field => ({
  name,
  type: 'date',
  label: { fr, en },
  admin: {
    readOnly: true,
    date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy HH:mm' },
  },
})

export const historyField = (): Field => ({
  name: 'history',
  type: 'group',
  label: { fr: 'Dates publiques', en: 'Public dates' },
  access: { create: nobody, update: nobody },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: {
      fr: 'Enregistrées à la publication : « Publié le » ne bouge plus ; « Mis à jour le » change quand un contenu modifié est publié.',
      en: 'Recorded at publication: "Published on" never moves; "Updated on" changes when changed content is published.',
    },
  },
  fields: [
    dateField('firstPublishedAt', 'Publié le', 'Published on'),
    dateField('contentUpdatedAt', 'Mis à jour le', 'Updated on'),
    {
      name: 'changes',
      type: 'array',
      label: { fr: 'Historique des mises à jour', en: 'Update history' },
      labels: {
        singular: { fr: 'Mise à jour', en: 'Update' },
        plural: { fr: 'Mises à jour', en: 'Updates' },
      },
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        { ...dateField('date', 'Publiée le', 'Published on'), required: true } as Field,
        {
          name: 'note',
          type: 'textarea',
          required: true,
          maxLength: changeNoteMaxLength,
          label: { fr: 'Ce qui a changé', en: 'What changed' },
        },
        {
          name: 'noteEn',
          type: 'textarea',
          maxLength: changeNoteMaxLength,
          label: { fr: 'Ce qui a changé (anglais)', en: 'What changed (English)' },
        },
        {
          name: 'important',
          type: 'checkbox',
          label: { fr: 'Changement important', en: 'Important change' },
        },
      ],
    },
  ],
})

export const changeNoteField = (): Field => ({
  name: 'changeNote',
  type: 'group',
  label: { fr: 'Ce qui a changé', en: 'What changed' },
  access: { read: isStaff, create: nobody, update: nobody },
  // Edited in the review panel, through its own endpoint.
  admin: { hidden: true },
  fields: [
    { name: 'text', type: 'textarea', maxLength: changeNoteMaxLength },
    { name: 'textEn', type: 'textarea', maxLength: changeNoteMaxLength },
    { name: 'important', type: 'checkbox' },
  ],
})
