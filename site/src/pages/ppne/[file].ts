import type { GetStaticPaths } from 'astro'
import { ppneFile, ppneStaticPaths } from '../../ppne/downloads'

export const getStaticPaths = (() => ppneStaticPaths('fr')) satisfies GetStaticPaths
export const GET = ppneFile
