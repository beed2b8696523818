/**
 * The limits the CMS enforces on what editors write and the contract checks on what the site
 * receives, in one place: the CMS's fields, the snapshot schemas (`snapshot.ts`) and the
 * seed's validation all read them here, so that nothing the CMS refuses passes downstream and
 * nothing it accepts is refused there.
 */

/** Characters in an item's title (a search result, a browser tab, a citation). */
export const titleMaxLength = 200

/** Characters in an item's summary (lists, search, previews). */
export const summaryMaxLength = 300

/** Years a bibliographic reference may carry. */
export const referenceYears = { min: 1800, max: 2100 } as const

/** Years of an Alima publication (Alima was founded in 1879). */
export const publicationYears = { min: 1879, max: 2100 } as const

/** Length of a webinar recording, in minutes. */
export const webinarMinutes = { min: 1, max: 600 } as const
