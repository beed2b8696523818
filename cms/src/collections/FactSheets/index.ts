import type { CollectionConfig } from 'payload'
import { body, sharedContentFields } from '../../fields/contentFields'
import { contentAccess, contentAdmin, contentVersions } from '../contentDefaults'

/** Fiches: short, referenced, printable summaries on one topic. */
export const FactSheets: CollectionConfig = {
  slug: 'fact-sheets',
  labels: {
    singular: { fr: 'Fiche', en: 'Fact sheet' },
    plural: { fr: 'Fiches', en: 'Fact sheets' },
  },
  access: contentAccess,
  admin: contentAdmin(['title', 'themes', '_status', 'updatedAt'], 'fact-sheets'),
  fields: [...sharedContentFields.head(), body(), ...sharedContentFields.tail()],
  versions: contentVersions,
}
