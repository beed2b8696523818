/**
 * Optional assignment: the content team (or an admin) names one or more reviewers for a
 * submission. They see it first (« Assigné à moi ») and get the submission e-mail; anyone on
 * the committee may still take it. Not content: changing it never voids an approval.
 */
import { APIError, type Field, type FieldHook, type PayloadRequest } from 'payload'
import { isAdminOrEditor } from '../../access/isAdminOrEditor'
import { isStaff } from '../../access/isStaff'
import { say } from '../../i18n/say'

const idOf = (v: unknown): string | null =>
  v === null || v === undefined
    ? null
    : typeof v === 'object'
      ? idOf((v as { id?: unknown }).id)
      : String(v)

/** The ids in a relationship value (ids or populated documents). */
export const assignedIds = (value: unknown): string[] =>
  (Array.isArray(value) ? value : []).map(idOf).filter((v): v is string => Boolean(v))

/**
 * Only members of the expert committee may be named, whatever the API sends. A hook rather
 * than `validate`: Payload does not validate draft saves, and items are drafts while assigned.
 */
const onlyReviewers: FieldHook = async ({ value, previousValue, req }) => {
  const ids = [...new Set(assignedIds(value))]
  if (!ids.length) return value
  const before = new Set(assignedIds(previousValue))
  if (ids.every((id) => before.has(id))) return value
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    where: { and: [{ id: { in: ids } }, { role: { equals: 'reviewer' } }] },
    overrideAccess: true,
    req: req as PayloadRequest,
  })
  if (totalDocs !== ids.length)
    throw new APIError(
      say(req, {
        fr: "Seul·es les membres du comité d'experts peuvent être assigné·es à une révision.",
        en: 'Only members of the expert committee may be assigned a review.',
      }),
      400,
      undefined,
      true,
    )
  return value
}

export const assignedReviewersField = (): Field => ({
  name: 'assignedReviewers',
  type: 'relationship',
  relationTo: 'users',
  hasMany: true,
  label: { fr: 'Réviseur·es assigné·es', en: 'Assigned reviewers' },
  access: { read: isStaff, create: isAdminOrEditor, update: isAdminOrEditor },
  hooks: { beforeChange: [onlyReviewers] },
  filterOptions: { role: { equals: 'reviewer' } },
  admin: {
    position: 'sidebar',
    description: {
      fr: 'Facultatif. Les personnes nommées voient la soumission en premier et reçoivent le courriel ; tout le comité peut quand même la prendre.',
      en: 'Optional. Those named see the submission first and get the e-mail; anyone on the committee may still take it.',
    },
    // The committee by name (editors may not list user accounts): ReviewerPicker.tsx.
    components: { Field: '/workflow/queues/admin/ReviewerPicker#ReviewerPicker' },
  },
})
