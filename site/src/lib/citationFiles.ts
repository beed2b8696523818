/**
 * The BibTeX and RIS files of every publication in a language, written at build time.
 */
import type { APIRoute, GetStaticPaths } from 'astro'
import { toBibTeX, toRis } from '@nlv/shared/citation'
import type { Locale } from '@nlv/shared/locales'
import type { Publication } from '@nlv/shared/snapshot'
import { getCatalog } from '../content/catalog'
import { env } from '../env'

const contentTypes = {
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
} as const

export function citationStaticPaths(locale: Locale): ReturnType<GetStaticPaths> {
  return getCatalog()
    .byType('publications', locale)
    .flatMap((entry) =>
      (['bib', 'ris'] as const).map((format) => ({
        params: { file: `${entry.content.slug}.${format}` },
        props: { publication: entry.item as Publication, format, locale },
      })),
    )
}

interface Props {
  publication: Publication
  format: 'bib' | 'ris'
  locale: Locale
}

export const citationFile: APIRoute<Props> = ({ props }) => {
  const { publication, format, locale } = props
  const options = { locale, siteUrl: env.SITE_URL }
  const body = format === 'bib' ? toBibTeX(publication, options) : toRis(publication, options)
  return new Response(body, { headers: { 'Content-Type': contentTypes[format] } })
}
