/**
 * The last result of the link check for each external address the content uses: one row per
 * address (unique), replaced at each check, deleted when no content uses the address any
 * more — the collection stays as small as the set of links. Written only by the link-check
 * task; the content team reads it through « Santé du contenu ».
 */
import type { CollectionConfig } from 'payload'
import { isAdminOrEditor } from '../access/isAdminOrEditor'
import { nobody } from '../access/nobody'

export const LINK_CHECKS = 'link-checks'

export const LinkChecks: CollectionConfig = {
  slug: LINK_CHECKS,
  labels: {
    singular: { fr: 'Vérification de lien', en: 'Link check' },
    plural: { fr: 'Vérifications de liens', en: 'Link checks' },
  },
  access: { read: isAdminOrEditor, create: nobody, update: nobody, delete: nobody },
  admin: {
    group: { fr: 'Santé du contenu', en: 'Content health' },
    useAsTitle: 'url',
    defaultColumns: ['url', 'outcome', 'httpStatus', 'checkedAt'],
    hidden: true,
  },
  fields: [
    { name: 'url', type: 'text', required: true, unique: true, index: true, label: 'URL' },
    { name: 'host', type: 'text', index: true, label: { fr: 'Site', en: 'Host' } },
    {
      name: 'outcome',
      type: 'select',
      required: true,
      label: { fr: 'Résultat', en: 'Outcome' },
      options: [
        { value: 'ok', label: { fr: 'Fonctionne', en: 'Works' } },
        { value: 'broken', label: { fr: 'Brisé', en: 'Broken' } },
        { value: 'unreachable', label: { fr: 'Injoignable', en: 'Unreachable' } },
      ],
    },
    { name: 'httpStatus', type: 'number', label: { fr: 'Statut HTTP', en: 'HTTP status' } },
    { name: 'finalUrl', type: 'text', label: { fr: 'Redirigé vers', en: 'Redirected to' } },
    { name: 'error', type: 'text', label: { fr: 'Erreur réseau', en: 'Network error' } },
    { name: 'method', type: 'text', label: { fr: 'Méthode', en: 'Method' } },
    { name: 'attempts', type: 'number', label: { fr: 'Essais', en: 'Attempts' } },
    {
      name: 'checkedAt',
      type: 'date',
      required: true,
      label: { fr: 'Vérifié le', en: 'Checked on' },
    },
  ],
}
