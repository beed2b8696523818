/** What the admin panel receives from `GET /api/<collection>/:id/workflow`, and how it calls back. */
import type { Publication } from '../../publishing/publicationStatus'
import type { OfferedAction } from '../rules'
import type { Bilingual, WorkflowState } from '../states'

export interface PanelComment {
  id: number | string
  kind: 'comment' | 'change_request'
  field: string | null
  body: string
  authorName: string | null
  createdAt: string
  parent: string | null
  version: string | null
  resolved: boolean
}

export interface PanelEvent {
  id: number | string
  createdAt: string
  action: string
  fromState: WorkflowState | null
  toState: WorkflowState
  actorName: string | null
  message: string | null
  override: boolean
  version: string | null
}

export interface WorkflowStatus {
  state: WorkflowState
  stateLabel: Bilingual
  online: boolean
  publication: Publication
  role: 'admin' | 'editor' | 'reviewer' | null
  userId: string
  latestVersionId: string | null
  unresolvedChangeRequests: number
  lastContentEditor: string | null
  approval: { by: string | null; at: string; version: string | null; current: boolean } | null
  actions: OfferedAction[]
  comments: PanelComment[]
  events: PanelEvent[]
}

/** Calls the CMS API with the admin's session cookie; returns the JSON or the error message. */
export async function callApi<T>(
  url: string,
  init?: { method?: string; body?: unknown },
): Promise<{ ok: true; data: T } | { ok: false; message: string }> {
  try {
    const res = await fetch(url, {
      method: init?.method ?? 'GET',
      credentials: 'include',
      headers: init?.body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: init?.body === undefined ? undefined : JSON.stringify(init.body),
    })
    const json = (await res.json().catch(() => ({}))) as {
      errors?: { message?: string; data?: { errors?: { message?: string }[] } }[]
    }
    if (res.ok) return { ok: true, data: json as T }
    const first = json.errors?.[0]
    return {
      ok: false,
      message: first?.data?.errors?.[0]?.message ?? first?.message ?? `HTTP ${res.status}`,
    }
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}

export { formatDate } from '../../i18n/formatDate'
