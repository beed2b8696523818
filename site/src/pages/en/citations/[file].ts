import type { GetStaticPaths } from 'astro'
import { citationFile, citationStaticPaths } from '../../../lib/citationFiles'

export const getStaticPaths = (() => citationStaticPaths('en')) satisfies GetStaticPaths
export const GET = citationFile
