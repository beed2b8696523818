import { contentTypes, type ContentType } from '@nlv/shared/content-types'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { testPayload } from './helpers/payload'
import { requiredFields, validData } from './helpers/fixtures'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

/** The field paths a rejected write named, or a failure if the write was accepted. */
async function rejectedFields(write: Promise<unknown>): Promise<string[]> {
  try {
    await write
  } catch (error) {
    const errors = (error as { data?: { errors?: { path: string }[] } }).data?.errors
    if (!errors) throw error
    return errors.map((e) => e.path)
  }
  throw new Error('the write was accepted')
}

const publish = (type: ContentType, data: Record<string, unknown>, locale: 'fr' | 'en' = 'fr') =>
  payload.create({ collection: type, data: { ...data, _status: 'published' } as never, locale })

describe.each(contentTypes)('%s', (type) => {
  it('is written and read in French and in English, each with its own slug', async () => {
    const doc = await publish(type, validData(type, `Éducation à l’allaitement ${type}`))
    expect(doc.slug).toBe(`education-a-l-allaitement-${type}`)
    await payload.update({
      collection: type,
      id: doc.id,
      locale: 'en',
      data: {
        title: `Breastfeeding education ${type}`,
        summary: 'For practitioners.',
        _status: 'published',
      } as never,
    })
    const fr = await payload.findByID({ collection: type, id: doc.id, locale: 'fr' })
    const en = await payload.findByID({
      collection: type,
      id: doc.id,
      locale: 'en',
      fallbackLocale: false,
    })
    expect(fr.title).toBe(`Éducation à l’allaitement ${type}`)
    expect(en.title).toBe(`Breastfeeding education ${type}`)
    expect(en.slug).toBe(`breastfeeding-education-${type}`)
    expect(fr.slug).toBe(`education-a-l-allaitement-${type}`)
  })

  it('falls back to French where no English was written', async () => {
    const doc = await publish(type, validData(type, `Seulement en français ${type}`))
    const en = await payload.findByID({ collection: type, id: doc.id, locale: 'en' })
    expect(en.title).toBe(`Seulement en français ${type}`)
  })

  it.each(requiredFields[type])('refuses to publish without %s', async (field) => {
    const data = { ...validData(type, `Sans ${field} ${type}`) }
    delete data[field]
    expect(await rejectedFields(publish(type, data))).toContain(field)
  })

  it('refuses a summary over 300 characters', async () => {
    const data = { ...validData(type, `Trop long ${type}`), summary: 'x'.repeat(301) }
    expect(await rejectedFields(publish(type, data))).toContain('summary')
  })

  it.each(['Avec Majuscules', 'accentué-é', '../etc/passwd', 'deux--tirets', '-debut'])(
    'refuses the slug %j',
    async (slug) => {
      const data = { ...validData(type, `Slug invalide ${slug} ${type}`), slug }
      expect(await rejectedFields(publish(type, data))).toContain('slug')
    },
  )

  it('refuses a slug already used in the same locale, and accepts it in another type', async () => {
    await publish(type, { ...validData(type, 'Premier'), slug: `unique-${type}` })
    const fields = await rejectedFields(
      publish(type, { ...validData(type, 'Second'), slug: `unique-${type}` }),
    )
    expect(fields).toContain('slug')
    const other = contentTypes.find((t) => t !== type)!
    const doc = await publish(other, { ...validData(other, 'Autre type'), slug: `unique-${type}` })
    expect(doc.slug).toBe(`unique-${type}`)
  })

  it('numbers a generated slug that is already taken', async () => {
    const a = await publish(type, validData(type, `Même titre ${type}`))
    const b = await publish(type, validData(type, `Même titre ${type}`))
    expect(a.slug).toBe(`meme-titre-${type}`)
    expect(b.slug).toBe(`meme-titre-${type}-2`)
  })

  it('keeps a published slug when the title changes, and refuses to change it by hand', async () => {
    const doc = await publish(type, validData(type, `Titre initial ${type}`))
    const renamed = await payload.update({
      collection: type,
      id: doc.id,
      data: { title: `Titre modifié ${type}`, _status: 'published' } as never,
    })
    expect(renamed.slug).toBe(`titre-initial-${type}`)
    const fields = await rejectedFields(
      payload.update({
        collection: type,
        id: doc.id,
        data: { slug: 'nouvelle-adresse', _status: 'published' } as never,
      }),
    )
    expect(fields).toContain('slug')
  })
})

describe('anonymous reads', () => {
  it('never return drafts, in lists, by id or with ?draft', async () => {
    for (const type of contentTypes) {
      const draft = await payload.create({
        collection: type,
        data: { ...validData(type, `Brouillon secret ${type}`), _status: 'draft' } as never,
        draft: true,
      })
      const list = await payload.find({ collection: type, overrideAccess: false, limit: 1000 })
      expect(list.docs.map((d) => d.id)).not.toContain(draft.id)
      const drafts = await payload.find({
        collection: type,
        overrideAccess: false,
        draft: true,
        limit: 1000,
      })
      expect(drafts.docs.map((d) => d.id)).not.toContain(draft.id)
      await expect(
        payload.findByID({ collection: type, id: draft.id, overrideAccess: false }),
      ).rejects.toThrow()
      const staff = await payload.find({ collection: type, draft: true, limit: 1000 })
      expect(staff.docs.map((d) => d.id)).toContain(draft.id)
    }
  })
})
