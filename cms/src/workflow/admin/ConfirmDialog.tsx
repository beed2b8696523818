'use client'
/**
 * An accessible confirmation: a native modal `<dialog>` (focus moves into it and stays there,
 * Échap cancels, the rest of the page is inert), titled and described for screen readers.
 * `useConfirm()` returns `confirm(options) → Promise<boolean>` and the element to render.
 */
import { Button } from '@payloadcms/ui'
import { type ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react'

export interface ConfirmOptions {
  title: string
  body: ReactNode
  confirmLabel: string
  cancelLabel?: string
  /** A destructive action (withdrawing from the site): the confirm button says so. */
  danger?: boolean
}

export function useConfirm(): [(options: ConfirmOptions) => Promise<boolean>, ReactNode] {
  const [pending, setPending] = useState<
    (ConfirmOptions & { resolve: (ok: boolean) => void }) | null
  >(null)
  const confirm = useCallback(
    (options: ConfirmOptions) =>
      new Promise<boolean>((resolve) => setPending({ ...options, resolve })),
    [],
  )
  const close = (ok: boolean) => {
    pending?.resolve(ok)
    setPending(null)
  }
  return [confirm, pending ? <ConfirmDialog {...pending} onClose={close} /> : null]
}

function ConfirmDialog({
  title,
  body,
  confirmLabel,
  cancelLabel = 'Annuler',
  danger,
  onClose,
}: ConfirmOptions & { onClose: (ok: boolean) => void }) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const bodyId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])
  return (
    <dialog
      ref={ref}
      className="nlv-confirm"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(e) => {
        e.preventDefault()
        onClose(false)
      }}
    >
      <h2 id={titleId} className="nlv-confirm__title">
        {title}
      </h2>
      <div id={bodyId} className="nlv-confirm__body">
        {body}
      </div>
      <div className="nlv-confirm__actions">
        <Button
          id="confirm-dialog-cancel"
          buttonStyle="secondary"
          margin={false}
          onClick={() => onClose(false)}
        >
          {cancelLabel}
        </Button>
        <Button
          id="confirm-dialog-ok"
          buttonStyle={danger ? 'error' : 'primary'}
          margin={false}
          onClick={() => onClose(true)}
        >
          {confirmLabel}
        </Button>
      </div>
    </dialog>
  )
}
