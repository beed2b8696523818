/**
 * Dates as the admin shows them everywhere: « 1 déc. 2026, 18 h 43 » (24-hour), the same as
 * Payload's own lists and fields (`adminDateFormat` in plugin.ts). English: « Dec 1, 2026, 18:43 ».
 */
const locale = (lang: string) => (lang === 'en' ? 'en-CA' : 'fr-CA')
/** In the browser, the reader's zone; on the server (messages, build history), Montréal's. */
const zone = typeof window === 'undefined' ? { timeZone: 'America/Toronto' } : {}

export const formatDate = (iso: string | null | undefined, lang: string): string =>
  iso
    ? new Date(iso).toLocaleString(locale(lang), {
        dateStyle: 'medium',
        timeStyle: 'short',
        hourCycle: 'h23',
        ...zone,
      })
    : ''

/** « 18 h 43 » / « 18:43 ». */
export const formatTime = (iso: string | null | undefined, lang: string): string =>
  iso
    ? new Date(iso).toLocaleTimeString(locale(lang), {
        timeStyle: 'short',
        hourCycle: 'h23',
        ...zone,
      })
    : ''

/** « 1 déc. 2026 ». */
export const formatDay = (iso: string | null | undefined, lang: string): string =>
  iso ? new Date(iso).toLocaleDateString(locale(lang), { dateStyle: 'medium', ...zone }) : ''
