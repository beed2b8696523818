/**
 * The « Santé du contenu » section of the weekly digest: the same list as the admin view, in
 * plain text, for the content team (reviewers never get it: `forRole`).
 */
import type { Payload } from 'payload'
import { cmsUrl } from '../env'
import { contentHealthReport, type HealthReport } from './report'

const perGroup = 10

export function healthDigestText(report: HealthReport): string {
  const groups = report.groups.filter((g) => g.entries.length && g.id !== 'liens-non-verifies')
  if (!groups.length) return ''
  const admin = `${cmsUrl}/admin`
  const lines = groups.map((g) => {
    const shown = g.entries
      .slice(0, perGroup)
      .map(
        (e) =>
          `  - ${e.title} (${e.kind.toLowerCase()}) — ${e.problem}${e.url ? ` : ${e.url}` : ''}` +
          `${e.note ? `\n    Ce qui a changé : ${e.note}` : ''}\n    ${admin}${e.path}`,
      )
    const more = g.entries.length > perGroup ? [`  … et ${g.entries.length - perGroup} autres`] : []
    return `${g.title} (${g.entries.length})\n${[...shown, ...more].join('\n')}`
  })
  const offline = report.links.noAnswerAtAll
    ? '\nAucun site n’a répondu à la dernière vérification des liens : le serveur n’a sans doute pas accès à Internet.\n'
    : ''
  return `\nSanté du contenu\n\n${lines.join('\n\n')}\n${offline}\nVue complète : ${admin}/sante\n\n`
}

/** The section for one recipient: '' for reviewers (the view is the content team's). */
export async function healthDigestSection(
  payload: Payload,
  { now = new Date() }: { now?: Date } = {},
): Promise<{ forRole: (role: string | null | undefined) => string }> {
  const text = healthDigestText(await contentHealthReport(payload, { now }))
  return { forRole: (role) => (role === 'admin' || role === 'editor' ? text : '') }
}
