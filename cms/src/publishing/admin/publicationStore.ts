'use client'
/**
 * What the workflow panel last learned about a document's publication, shared with the
 * document header (PublicationStatus), which renders elsewhere in the tree: one fetch, one truth.
 */
import { useSyncExternalStore } from 'react'
import type { WorkflowState } from '../../workflow/states'
import type { Publication } from '../publicationStatus'

type Entry = { publication: Publication; online: boolean; state: WorkflowState }
const entries = new Map<string, Entry>()
const listeners = new Set<() => void>()

export function setPublication(key: string, entry: Entry) {
  entries.set(key, entry)
  for (const listener of listeners) listener()
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export const usePublication = (key: string): Entry | undefined =>
  useSyncExternalStore(
    subscribe,
    () => entries.get(key),
    () => undefined,
  )
