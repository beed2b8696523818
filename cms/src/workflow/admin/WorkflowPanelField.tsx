/**
 * The `workflowState` field in the edit view: the review panel (WorkflowPanel.tsx), with its
 * first status computed here, on the server, while the page renders — the same answer as
 * `GET /api/<collection>/:id/workflow` (endpoints.ts `workflowStatus`). The panel is then
 * usable as soon as the page is, instead of one API round trip after hydration (the admin
 * bench's edit/review view). Should anything fail here, the panel loads its status itself.
 */
import type { PayloadRequest } from 'payload'
import type { WorkflowStatus } from './api'
import { workflowStatus } from '../endpoints'
import { WorkflowPanel } from './WorkflowPanel'

interface Props {
  id?: number | string
  collectionSlug?: string
  req?: PayloadRequest
  data?: { updatedAt?: string }
}

export async function WorkflowPanelField({ id, collectionSlug, req, data }: Props) {
  let initialStatus: WorkflowStatus | undefined
  if (id !== undefined && id !== null && collectionSlug && req?.user) {
    try {
      const result = await workflowStatus(req, collectionSlug, String(id))
      if (!(result instanceof Response)) initialStatus = result as unknown as WorkflowStatus
    } catch (error) {
      req.payload.logger.warn(
        `[workflow] panel status not rendered on the server for ${collectionSlug}/${id}: ${String(error)}`,
      )
    }
  }
  return (
    <WorkflowPanel
      initialStatus={initialStatus}
      initialFor={initialStatus ? data?.updatedAt : undefined}
    />
  )
}
