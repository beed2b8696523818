'use client'
import { Button, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'

/** On a kept, successful build: put it back online in one action (admins). */
export function RollbackButton() {
  const { config } = useConfig()
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value)
  const live = useFormFields(([fields]) => fields.live?.value)
  const [message, setMessage] = useState<string | null>(null)
  if (status !== 'succeeded') return null
  if (live) return <p>Cette version est celle qui est en ligne.</p>
  const rollback = async () => {
    if (!window.confirm('Remettre cette version du site en ligne ?')) return
    const response = await fetch(`${config.routes.api}/site-builds/${id}/rollback`, {
      method: 'POST',
      credentials: 'include',
    })
    const body = (await response.json().catch(() => ({}))) as { message?: string; error?: string }
    setMessage(body.message ?? body.error ?? `Erreur ${response.status}`)
  }
  return (
    <div>
      <Button buttonStyle="secondary" onClick={rollback}>
        Remettre cette version en ligne
      </Button>
      {message && <p role="status">{message}</p>}
    </div>
  )
}
