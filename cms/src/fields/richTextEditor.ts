import {
  BlocksFeature,
  FixedToolbarFeature,
  HeadingFeature,
  LinkFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import { contentTypes } from '@nlv/shared/content-types'
import type { TextField, TextFieldSingleValidation } from 'payload'
import { richTextBlocks } from '../blocks'

/** The only URL schemes a link in content may use. */
const safeUrl = /^(https?:\/\/|mailto:|tel:|\/|#)/i

/**
 * The editor of every rich-text field: headings from h2 (the page title is the h1), lists,
 * links (internal ones to the four content types), the domain blocks. Unsafe link URLs are
 * refused at the source; the shared renderer refuses them again on output.
 */
export const richTextEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter(
      (f) => !['heading', 'link', 'relationship', 'upload'].includes(f.key),
    ),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    LinkFeature({
      enabledCollections: [...contentTypes],
      fields: ({ defaultFields }) =>
        defaultFields.map((field) => {
          if (field.name !== 'url' || field.type !== 'text') return field
          const validate: TextFieldSingleValidation = (value, { siblingData }) =>
            (siblingData as { linkType?: string }).linkType === 'internal' ||
            (typeof value === 'string' && safeUrl.test(value.trim())) ||
            'Adresse de lien refusée : utilisez une adresse https://, mailto: ou tel:.'
          return { ...field, validate } as TextField
        }),
    }),
    BlocksFeature({ blocks: richTextBlocks }),
    FixedToolbarFeature(),
  ],
})
