/**
 * The translation bookkeeping added to each content type (sidebar group « Traduction »):
 * - `toTranslate` (« À traduire »): the team wants an English version; the health view lists
 *   the published items so marked that still have none;
 * - `frChangedAt`, `enChangedAt`: when each language's content last changed, written by
 *   `trackContentChanges` inside every write (nobody sets them through an API). An English
 *   version older than the last French change is « traduction à revoir ».
 * Not content (workflow/contentHash.ts leaves the group out): marking an item « à traduire »
 * needs no new approval.
 */
import type { Field } from 'payload'
import { isAdminOrEditor } from '../access/isAdminOrEditor'
import { isStaff } from '../access/isStaff'
import { nobody } from '../access/nobody'

export const TRANSLATION_GROUP = 'translation'

const changedAt = (name: string, fr: string, en: string): Field => ({
  name,
  type: 'date',
  label: { fr, en },
  access: { read: isStaff, create: nobody, update: nobody },
  admin: {
    readOnly: true,
    date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMM yyyy HH:mm' },
  },
})

export const translationGroupField = (): Field => ({
  name: TRANSLATION_GROUP,
  type: 'group',
  label: { fr: 'Traduction', en: 'Translation' },
  access: { read: isStaff },
  admin: { position: 'sidebar' },
  fields: [
    {
      name: 'toTranslate',
      type: 'checkbox',
      label: { fr: 'À traduire', en: 'To be translated' },
      access: { update: isAdminOrEditor, create: isAdminOrEditor },
      admin: {
        description: {
          fr: 'Cochez si ce contenu doit avoir une version anglaise : la page « Santé du contenu » le signale tant qu’elle manque.',
          en: 'Check when this item needs an English version: « Santé du contenu » lists it until it has one.',
        },
      },
    },
    changedAt('frChangedAt', 'Contenu français modifié le', 'French content changed on'),
    changedAt('enChangedAt', 'Contenu anglais modifié le', 'English content changed on'),
  ],
})
