import type { GetStaticPaths } from 'astro'
import { citationFile, citationStaticPaths } from '../../lib/citationFiles'

export const getStaticPaths = (() => citationStaticPaths('fr')) satisfies GetStaticPaths
export const GET = citationFile
