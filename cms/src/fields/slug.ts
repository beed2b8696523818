import type { Field, FieldHook, PayloadRequest, TextFieldSingleValidation, Where } from 'payload'
import { isSlug, maxSlugLength, slugify } from '@nlv/shared/slug'
import { say } from '../i18n/say'

/** The locale a write targets (`all` writes every locale: uniqueness is checked in French). */
const localeOf = (req: PayloadRequest): 'fr' | 'en' => (req.locale === 'en' ? 'en' : 'fr')

type SlugOwner = {
  id: number | string
  _status?: string | null
  slug?: string | null
  [source: string]: unknown
}

async function slugTaken(
  req: PayloadRequest,
  collection: string,
  slug: string,
  ownId: number | string | undefined,
): Promise<boolean> {
  const where: Where = { slug: { equals: slug } }
  if (ownId !== undefined) where.id = { not_equals: ownId }
  const { totalDocs } = await req.payload.count({
    collection: collection as 'fact-sheets',
    where,
    locale: localeOf(req),
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/**
 * The slug stored for this document in the request's locale, without falling back to French
 * (an English version must get its own slug, not inherit the French one).
 */
async function storedDoc(req: PayloadRequest, collection: string, id: number | string | undefined) {
  if (id === undefined) return null
  const doc = (await req.payload
    .findByID({
      collection: collection as 'fact-sheets',
      id,
      locale: localeOf(req),
      fallbackLocale: false,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    .catch(() => null)) as SlugOwner | null
  return {
    slug: typeof doc?.slug === 'string' && doc.slug ? doc.slug : null,
    published: doc?._status === 'published',
  }
}

/**
 * Fills an empty slug from the title in the current locale, transliterated from French
 * (é → e, œ → oe) and made unique within the type and locale. A slug once set is kept:
 * changing a title later never breaks links.
 */
const fillSlug =
  (from: string): FieldHook<SlugOwner, string | null | undefined> =>
  async ({ value, siblingData, originalDoc, req, collection }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    if (!collection) return value
    const stored = (await storedDoc(req, collection.slug, originalDoc?.id))?.slug
    if (stored) return stored
    const title = siblingData?.[from] ?? (req.locale === 'fr' ? originalDoc?.[from] : undefined)
    if (typeof title !== 'string') return value
    const base = slugify(title)
    if (!base) return value
    let candidate = base
    for (let n = 2; await slugTaken(req, collection.slug, candidate, originalDoc?.id); n++) {
      candidate = `${base}-${n}`
    }
    return candidate
  }

const validateSlug: TextFieldSingleValidation = async (value, options) => {
  const { req, id, collectionSlug } = options
  if (value === null || value === undefined || value === '') return true // filled from the title
  if (!isSlug(value)) {
    return say(req, {
      fr: "L'adresse (slug) ne peut contenir que des lettres minuscules sans accents, des chiffres et des traits d'union.",
      en: 'A slug may only contain lowercase letters without accents, digits and hyphens.',
    })
  }
  const stored = collectionSlug ? await storedDoc(req, collectionSlug, id) : null
  if (stored?.published && stored.slug && stored.slug !== value) {
    return say(req, {
      fr: "L'adresse (slug) d'un contenu publié ne peut plus changer : les liens déjà partagés seraient brisés.",
      en: 'The slug of a published item cannot change: links already shared would break.',
    })
  }
  if (collectionSlug && (await slugTaken(req, collectionSlug, value, id))) {
    return say(req, {
      fr: 'Cette adresse (slug) est déjà utilisée par un autre contenu du même type dans cette langue.',
      en: 'This slug is already used by another item of the same type in this language.',
    })
  }
  return true
}

/**
 * A plain slug field (Payload's experimental slugField() breaks API creates of published
 * documents in 3.90). `from` names the field it is filled from.
 */
export const slugField = ({
  from = 'title',
  localized = true,
}: { from?: string; localized?: boolean } = {}): Field => ({
  name: 'slug',
  type: 'text',
  label: { fr: 'Adresse (slug)', en: 'Slug' },
  localized,
  index: true,
  maxLength: maxSlugLength,
  admin: {
    position: 'sidebar',
    description: {
      fr: 'Rempli automatiquement à partir du titre. Ne change plus une fois le contenu publié.',
      en: 'Filled from the title. Never changes once the item is published.',
    },
  },
  hooks: { beforeValidate: [fillSlug(from)] },
  validate: validateSlug,
})
