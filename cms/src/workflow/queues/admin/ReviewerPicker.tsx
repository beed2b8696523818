'use client'
/**
 * The « Réviseur·es assigné·es » field: the expert committee as a list of names to tick. The
 * content team may not list user accounts, so the names come from `GET /api/workflow/reviewers`.
 * Read-only (the names only) for whoever may not change the assignment.
 */
import { FieldDescription, FieldLabel, useConfig, useField } from '@payloadcms/ui'
import type { RelationshipFieldClientComponent } from 'payload'
import { useEffect, useId, useState } from 'react'

type Reviewer = { id: number | string; name: string }

const idOf = (v: unknown): string =>
  v && typeof v === 'object'
    ? String((v as { id?: unknown; value?: unknown }).id ?? (v as { value?: unknown }).value)
    : String(v)

export const ReviewerPicker: RelationshipFieldClientComponent = ({ field, path, readOnly }) => {
  const { value, setValue } = useField<(number | string)[] | null>({ path: path ?? field.name })
  const { config } = useConfig()
  const [reviewers, setReviewers] = useState<Reviewer[] | null>(null)
  const [failed, setFailed] = useState(false)
  const id = useId()
  const selected = new Set((Array.isArray(value) ? value : []).map(idOf))

  useEffect(() => {
    let live = true
    fetch(`${config.serverURL}${config.routes.api}/workflow/reviewers`, { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : Promise.reject(new Error(String(res.status)))))
      .then((json: { reviewers: Reviewer[] }) => live && setReviewers(json.reviewers))
      .catch(() => live && setFailed(true))
    return () => {
      live = false
    }
  }, [config.serverURL, config.routes.api])

  const toggle = (reviewer: Reviewer, on: boolean) => {
    const ids = (Array.isArray(value) ? value : [])
      .map(idOf)
      .filter((v) => v !== String(reviewer.id))
    const next = on ? [...ids, String(reviewer.id)] : ids
    // Keep the ids' type (numbers on SQLite/PostgreSQL serial ids).
    setValue(next.map((v) => (typeof reviewer.id === 'number' ? Number(v) : v)))
  }

  return (
    <fieldset className="field-type nlv-reviewer-picker" aria-describedby={`${id}-desc`}>
      <legend>
        <FieldLabel label={field.label} path={path} as="span" />
      </legend>
      {readOnly && reviewers ? (
        <p>
          {reviewers
            .filter((r) => selected.has(String(r.id)))
            .map((r) => r.name)
            .join(', ') || 'Personne en particulier : tout le comité peut la prendre.'}
        </p>
      ) : failed ? (
        <p role="alert">La liste du comité n’a pas pu être chargée. Rechargez la page.</p>
      ) : !reviewers ? (
        <p>Chargement du comité…</p>
      ) : reviewers.length === 0 ? (
        <p>Aucun membre du comité n’a encore de compte.</p>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {reviewers.map((r) => (
            <li key={r.id} style={{ margin: '0.25rem 0' }}>
              <label style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
                <input
                  type="checkbox"
                  name={`assignedReviewers-${r.id}`}
                  checked={selected.has(String(r.id))}
                  onChange={(e) => toggle(r, e.target.checked)}
                />
                {r.name}
              </label>
            </li>
          ))}
        </ul>
      )}
      <div id={`${id}-desc`}>
        <FieldDescription description={field.admin?.description} path={path ?? field.name} />
      </div>
      <style>{`.nlv-reviewer-picker{border:0;padding:0;margin:0 0 1.5rem}.nlv-reviewer-picker legend{padding:0;margin-bottom:.5rem}`}</style>
    </fieldset>
  )
}
