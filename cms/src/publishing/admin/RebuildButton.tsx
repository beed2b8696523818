'use client'
import { Button, useConfig } from '@payloadcms/ui'
import { useState } from 'react'

/** Above the build history: rebuild the public site now (e.g. after a site update). */
export function RebuildButton() {
  const { config } = useConfig()
  const [message, setMessage] = useState<string | null>(null)
  const rebuild = async () => {
    const response = await fetch(`${config.routes.api}/site-builds/rebuild`, {
      method: 'POST',
      credentials: 'include',
    })
    const body = (await response.json().catch(() => ({}))) as { message?: string; error?: string }
    setMessage(body.message ?? body.error ?? `Erreur ${response.status}`)
  }
  return (
    <div style={{ display: 'flex', gap: '1rem', alignItems: 'center', marginBottom: '1rem' }}>
      <Button buttonStyle="secondary" onClick={rebuild}>
        Reconstruire le site maintenant
      </Button>
      {message && <p role="status">{message} La liste se met à jour en rechargeant la page.</p>}
    </div>
  )
}
