/**
 * The PPNE data model. Categories and profiles are reference lists (like the taxonomies);
 * each survey period is a reviewed document: imported or typed as a draft, submitted to the
 * expert committee, approved, then published like a fiche (the review workflow plugin, plugins/index.ts).
 */
import type { ArrayField, CollectionConfig, Field, Validate } from 'payload'
import { periodPattern, ppneProfileGroups, type PpneProfileGroup } from '@nlv/shared/ppne'
import { slugPattern } from '@nlv/shared/slug'
import { anyone } from '../access/anyone'
import { isAdminOrEditor } from '../access/isAdminOrEditor'
import { isStaff } from '../access/isStaff'
import { isStaffOrPublished } from '../access/isStaffOrPublished'
import { reviewFactsField } from '../fields/reviewFacts'
import { contentVersions } from '../collections/contentDefaults'
import { ppneImportEndpoint } from './importEndpoint'

const group = { fr: 'PPNE', en: 'PPNE' }

const codeField = (): Field => ({
  name: 'code',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  label: { fr: 'Code (colonne du fichier CSV)', en: 'Code (CSV column)' },
  admin: {
    description: {
      fr: 'Lettres minuscules, chiffres et traits d’union. Ne le changez pas après un import : les fichiers l’utilisent.',
      en: 'Lowercase letters, digits and hyphens. Do not change it once files use it.',
    },
  },
  validate: ((value: string | null | undefined) =>
    typeof value === 'string' && slugPattern.test(value)
      ? true
      : 'Code invalide : lettres minuscules, chiffres et traits d’union (ex. : legumes-fruits).') as Validate,
})

const referenceList = (
  slug: 'ppne-categories' | 'ppne-profiles',
  labels: CollectionConfig['labels'],
  extra: Field[],
): CollectionConfig => ({
  slug,
  labels,
  access: {
    read: anyone,
    create: isAdminOrEditor,
    update: isAdminOrEditor,
    delete: isAdminOrEditor,
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'order'], group },
  defaultSort: 'order',
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: { fr: 'Nom', en: 'Name' },
    },
    codeField(),
    ...extra,
    {
      name: 'order',
      type: 'number',
      defaultValue: 0,
      label: { fr: 'Ordre d’affichage', en: 'Display order' },
      admin: { position: 'sidebar' },
    },
  ],
})

export const PpneCategories = referenceList(
  'ppne-categories',
  {
    singular: { fr: 'Catégorie d’aliments', en: 'Food category' },
    plural: { fr: 'Catégories d’aliments', en: 'Food categories' },
  },
  [],
)

const groupLabels: Record<PpneProfileGroup, { fr: string; en: string }> = {
  adult: { fr: 'Adulte', en: 'Adult' },
  pregnancy: { fr: 'Grossesse', en: 'Pregnancy' },
  breastfeeding: { fr: 'Allaitement', en: 'Breastfeeding' },
  teen: { fr: 'Adolescent·e', en: 'Teenager' },
  child: { fr: 'Enfant', en: 'Child' },
  infant: { fr: 'Nourrisson', en: 'Infant' },
  senior: { fr: 'Personne aînée', en: 'Older adult' },
}

export const PpneProfiles = referenceList(
  'ppne-profiles',
  {
    singular: { fr: 'Profil de personne', en: 'Person profile' },
    plural: { fr: 'Profils de personne', en: 'Person profiles' },
  },
  [
    {
      name: 'group',
      type: 'select',
      required: true,
      label: { fr: 'Groupe', en: 'Group' },
      options: ppneProfileGroups.map((value) => ({ value, label: groupLabels[value] })),
    },
  ],
)

/** Each category (or profile) once, with a cost ≥ 0. */
const costRows = (
  name: 'categoryCosts' | 'profileCosts',
  relationTo: 'ppne-categories' | 'ppne-profiles',
  labels: { fr: string; en: string },
  costLabel: { fr: string; en: string },
): ArrayField => ({
  name,
  type: 'array',
  label: labels,
  labels: { singular: labels, plural: labels },
  required: true,
  minRows: 1,
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: relationTo === 'ppne-categories' ? 'category' : 'profile',
          type: 'relationship',
          relationTo,
          required: true,
          label:
            relationTo === 'ppne-categories'
              ? { fr: 'Catégorie', en: 'Category' }
              : { fr: 'Profil', en: 'Profile' },
        },
        {
          name: 'cost',
          type: 'number',
          required: true,
          min: 0,
          label: costLabel,
        },
      ],
    },
  ],
  validate: (async (rows: Array<Record<string, unknown>> | null | undefined, { req }) => {
    const key = relationTo === 'ppne-categories' ? 'category' : 'profile'
    const ids = (rows ?? []).map((r) => String((r[key] as { id?: unknown })?.id ?? r[key]))
    if (new Set(ids).size !== ids.length)
      return `Chaque ${key === 'category' ? 'catégorie' : 'profil'} ne doit figurer qu’une fois.`
    const { docs } = await req.payload.find({
      collection: relationTo,
      limit: 1000,
      pagination: false,
      depth: 0,
      // No `locale`: a Local API call sets it on the request it is given, and the write being
      // validated (an English edit) must keep its own.
      overrideAccess: true,
      req,
    })
    const missing = docs.filter((d) => !ids.includes(String(d.id))).map((d) => d.name as string)
    return missing.length ? `Il manque le coût de : ${missing.join(', ')}.` : true
  }) as Validate,
})

/** « PPNE · juillet 2025 »: the admin's title for a period. */
const titleOf = (period: string) =>
  periodPattern.test(period)
    ? `PPNE · ${new Intl.DateTimeFormat('fr-CA', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${period}-01T00:00:00Z`))}`
    : `PPNE · ${period}`

export const PpnePeriods: CollectionConfig = {
  slug: 'ppne-periods',
  labels: {
    singular: { fr: 'Période du PPNE', en: 'PPNE period' },
    plural: { fr: 'Périodes du PPNE', en: 'PPNE periods' },
  },
  access: {
    read: isStaffOrPublished,
    readVersions: isStaff,
    create: isAdminOrEditor,
    update: isAdminOrEditor,
    delete: isAdminOrEditor,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'period', '_status', 'updatedAt'],
    group,
    description: {
      fr: 'Un relevé du coût du panier. Importez un fichier CSV ci-dessous ou saisissez une période ; elle paraît sur le site une fois approuvée par le comité et publiée.',
      en: 'One survey of the basket’s cost. Import a CSV file below or type a period; it appears on the site once approved and published.',
    },
    components: { beforeListTable: ['/ppne/admin/PpneImport#PpneImport'] },
  },
  defaultSort: '-period',
  versions: contentVersions,
  endpoints: [ppneImportEndpoint],
  fields: [
    {
      name: 'period',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { fr: 'Période (AAAA-MM)', en: 'Period (YYYY-MM)' },
      validate: ((value: string | null | undefined) =>
        typeof value === 'string' && periodPattern.test(value)
          ? true
          : 'Période invalide : écrivez l’année et le mois, par exemple 2025-07.') as Validate,
    },
    {
      name: 'title',
      type: 'text',
      label: { fr: 'Titre', en: 'Title' },
      admin: { readOnly: true, hidden: true },
      hooks: {
        beforeValidate: [({ siblingData }) => titleOf(String(siblingData.period ?? ''))],
      },
    },
    costRows(
      'categoryCosts',
      'ppne-categories',
      {
        fr: 'Coût par catégorie (ménage de référence, par mois)',
        en: 'Cost per category (reference household, monthly)',
      },
      { fr: 'Coût mensuel ($)', en: 'Monthly cost ($)' },
    ),
    costRows(
      'profileCosts',
      'ppne-profiles',
      {
        fr: 'Coût par profil (par personne, par semaine)',
        en: 'Cost per profile (per person, weekly)',
      },
      { fr: 'Coût hebdomadaire ($)', en: 'Weekly cost ($)' },
    ),
    {
      name: 'note',
      type: 'textarea',
      localized: true,
      label: { fr: 'Note sur ce relevé', en: 'Note on this survey' },
    },
    reviewFactsField(),
  ],
}
