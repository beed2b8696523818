/** The completeness rules of « Santé du contenu », as pure functions (tested one by one). */
import { isPlainObject } from '../fields/forEachFieldValue'

/** Files heavier than this are hard to download on a phone on poor Wi-Fi. */
export const heavyDownloadBytes = 10 * 1024 * 1024

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, ' ')
    .replace(/[_\-.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/** Words that say "there is an image" without saying what it shows. */
const genericAlts = new Set(
  [
    'image',
    'images',
    'photo',
    'photos',
    'illustration',
    'img',
    'picture',
    'pic',
    'logo',
    'graphique',
    'figure',
    'icone',
    'icon',
    'capture',
    'capture d ecran',
    'screenshot',
    'sans titre',
    'untitled',
    'image sans titre',
    'alt',
    'texte',
    'text',
    'texte de remplacement',
    'alt text',
    'placeholder',
    'banniere',
    'banner',
  ].map(fold),
)

/** Why an image's text alternative tells a person who cannot see it nothing, or null. */
export function altTextProblem(alt: unknown, filename?: string | null): string | null {
  const text = typeof alt === 'string' ? alt.trim() : ''
  if (!text) return 'Texte de remplacement vide'
  const a = fold(text)
  if (filename) {
    const base = fold(filename.replace(/\.[a-z0-9]{2,5}$/i, ''))
    if (a === base || a === fold(filename)) return 'Le texte de remplacement est le nom du fichier'
  }
  if (
    /\.(png|jpe?g|webp|gif|svg|heic)$/i.test(text) ||
    /^(img|dsc|pxl|dcim|image|photo)\s?\d+$/.test(a)
  )
    return 'Le texte de remplacement est un nom de fichier'
  if (genericAlts.has(a)) return `Texte de remplacement générique (« ${text} »)`
  if (a.replace(/\s/g, '').length < 4) return `Texte de remplacement trop court (« ${text} »)`
  return null
}

/** Whether a Lexical value holds any text at all (an empty editor holds an empty paragraph). */
export function hasText(value: unknown): boolean {
  if (typeof value === 'string') return value.trim().length > 0
  if (Array.isArray(value)) return value.some(hasText)
  if (!isPlainObject(value)) return false
  if (value.type === 'text' && typeof value.text === 'string') return value.text.trim().length > 0
  return hasText(value.root) || hasText(value.children)
}

export const taxonomyLabels = { themes: 'thème', audiences: 'public', stages: 'période' } as const

/** The taxonomies an item has no term of. */
export function missingTaxonomies(doc: Record<string, unknown>): string[] {
  return (Object.keys(taxonomyLabels) as (keyof typeof taxonomyLabels)[])
    .filter((t) => !Array.isArray(doc[t]) || (doc[t] as unknown[]).length === 0)
    .map((t) => taxonomyLabels[t])
}

export const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toLocaleString('fr-CA', { maximumFractionDigits: 1 })} Mo`
