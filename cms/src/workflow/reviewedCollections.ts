import { contentTypes } from '@nlv/shared/content-types'

/**
 * Every collection under review: the four content types and the PPNE survey periods. (The
 * workflow's helpers are typed with `ContentType`; they only pass the slug to Payload.)
 */
export const reviewedCollections = [...contentTypes, 'ppne-periods'] as const
