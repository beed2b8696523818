/**
 * What practitioners look for, and how many read each item — as daily and monthly counters
 * only. A row never holds who asked: no IP address, no identifier, no cookie, no time finer
 * than the day (searches) or the month (readers). Rows are written by the public endpoints
 * (endpoints.ts) through one atomic upsert each (counters.ts), never through the REST API:
 * nobody creates or edits them by hand; the content team reads them in the admin
 * (« Ce que cherchent les intervenantes », and beside each item).
 */
import type { CollectionConfig } from 'payload'
import { contentTypes } from '@nlv/shared/content-types'
import { isAdmin } from '../access/isAdmin'
import { isAdminOrEditor } from '../access/isAdminOrEditor'
import { nobody } from '../access/nobody'

/** Longest normalised query kept (longer reports are refused, see reports.ts). */
export const maxQueryLength = 120

export const SearchQueries: CollectionConfig = {
  slug: 'search-queries',
  labels: {
    singular: { fr: 'Recherche du site (compte du jour)', en: 'Site search (daily count)' },
    plural: { fr: 'Recherches du site', en: 'Site searches' },
  },
  access: {
    read: isAdminOrEditor,
    create: nobody,
    update: nobody,
    // Admins may clear a row (a query typed with personal data in it, for example).
    delete: isAdmin,
  },
  admin: {
    // Read in the « Ce que cherchent les intervenantes » view (admin/InsightsView.tsx).
    hidden: true,
    useAsTitle: 'query',
  },
  defaultSort: '-day',
  // One row a day, language and query: the counter the reports increment.
  indexes: [{ fields: ['day', 'language', 'query'], unique: true }],
  fields: [
    { name: 'day', type: 'text', required: true, index: true, label: { fr: 'Jour', en: 'Day' } },
    {
      name: 'language',
      type: 'select',
      required: true,
      options: ['fr', 'en'],
      label: { fr: 'Langue', en: 'Language' },
    },
    {
      name: 'query',
      type: 'text',
      required: true,
      maxLength: maxQueryLength,
      label: { fr: 'Recherche', en: 'Query' },
    },
    {
      name: 'searches',
      type: 'number',
      required: true,
      defaultValue: 0,
      label: { fr: 'Recherches', en: 'Searches' },
    },
    {
      name: 'zeroResults',
      type: 'number',
      required: true,
      defaultValue: 0,
      label: { fr: 'Sans résultat', en: 'No results' },
    },
    {
      name: 'corrected',
      type: 'number',
      required: true,
      defaultValue: 0,
      label: { fr: 'Corrigées', en: 'Corrected' },
    },
    {
      name: 'correctedTo',
      type: 'text',
      maxLength: maxQueryLength,
      label: { fr: 'Corrigée en', en: 'Corrected to' },
    },
    {
      name: 'lastResultCount',
      type: 'number',
      label: { fr: 'Résultats (dernière fois)', en: 'Results (last time)' },
    },
  ],
}

export const ItemReaders: CollectionConfig = {
  slug: 'item-readers',
  labels: {
    singular: { fr: 'Lecteurs d’un contenu (mois)', en: 'Item readers (month)' },
    plural: { fr: 'Lecteurs par contenu', en: 'Readers per item' },
  },
  access: { read: isAdminOrEditor, create: nobody, update: nobody, delete: isAdmin },
  admin: { hidden: true },
  defaultSort: '-month',
  indexes: [{ fields: ['collection', 'item', 'month'], unique: true }],
  fields: [
    {
      name: 'collection',
      type: 'select',
      required: true,
      options: [...contentTypes],
      label: { fr: 'Type de contenu', en: 'Content type' },
    },
    {
      // The item's id as text (the same on SQLite and PostgreSQL): rows outlive a deleted item
      // until the retention job removes them, so no foreign key.
      name: 'item',
      type: 'text',
      required: true,
      index: true,
      label: { fr: 'Contenu (id)', en: 'Item (id)' },
    },
    {
      name: 'month',
      type: 'text',
      required: true,
      index: true,
      label: { fr: 'Mois', en: 'Month' },
    },
    {
      name: 'views',
      type: 'number',
      required: true,
      defaultValue: 0,
      label: { fr: 'Pages vues', en: 'Page views' },
    },
    {
      name: 'downloads',
      type: 'number',
      required: true,
      defaultValue: 0,
      label: { fr: 'Téléchargements', en: 'Downloads' },
    },
  ],
}
