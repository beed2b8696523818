/** What the HTML renderer is given, and the state it keeps while it walks one editor state. */
import type { Locale } from '../locales'

export interface RenderOptions {
  locale: 'fr' | 'en'
  /** Resolve an internal link (Lexical link with linkType 'internal', doc {relationTo, value}) to a URL; return null to render plain text. */
  resolveInternalLink?: (doc: { relationTo: string; value: unknown }) => string | null
  /** Called for each skipped/unknown node or unsafe URL (the site turns these into build warnings). */
  onWarning?: (message: string) => void
  /** Heading levels are shifted so the body never contains an h1 (default: minimum level 2). */
  minHeadingLevel?: number
  /** The public site's URL: absolute links to its own host are not marked external. */
  siteUrl?: string
  /** The `sizes` attribute of images that get a `srcset` (default `100vw`). */
  imageSizes?: string
}

/** A heading of the rendered body, for a table of contents. */
export interface RichTextHeading {
  /** The level as rendered (after the shift). */
  level: number
  text: string
  /** The heading's `id` in the rendered HTML. */
  id: string
}

export interface RenderContext {
  options: RenderOptions
  locale: Locale
  warn: (message: string) => void
  minLevel: number
  headingShift: number
  inLink: boolean
  depthWarned: boolean
  headingIds: Set<string>
  headings: RichTextHeading[]
}
