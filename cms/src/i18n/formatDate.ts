/**
 * Dates as the admin shows them everywhere: « 1 déc. 2026, 18 h 43 » (24-hour), the same as
 * Payload's own lists and fields (`adminDateFormat` in plugin.ts). English: « Dec 1, 2026, 18:43 ».
 */
const locale = (lang: string) => (lang === 'en' ? 'en-CA' : 'fr-CA')
/**
 * Montréal's time, on the server (messages, build history, the review panel rendered with the
 * page) and in the browser alike: the team works there, and the panel's server-rendered HTML
 * must read exactly as the browser renders it (else React discards it: hydration error 418).
 */
const zone = { timeZone: 'America/Toronto' }

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

/** Whether two instants fall on the same day in Montréal. */
export const sameDay = (a: string | Date, b: string | Date): boolean =>
  new Date(a).toLocaleDateString('en-CA', zone) === new Date(b).toLocaleDateString('en-CA', zone)
