import { APIError, type CollectionBeforeOperationHook, type Plugin } from 'payload'
import { say } from '../i18n/say'

/**
 * The path of the first string (value or key) holding a NUL character, or null. Walked with
 * an explicit stack: a hostile body may be nested far deeper than the call stack allows.
 */
export function findNulByte(value: unknown): string | null {
  const stack: [unknown, string][] = [[value, '']]
  while (stack.length) {
    const [current, path] = stack.pop()!
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return path || '(valeur)'
    } else if (Array.isArray(current)) {
      current.forEach((item, i) => stack.push([item, `${path}.${i}`]))
    } else if (current !== null && typeof current === 'object') {
      const proto = Object.getPrototypeOf(current)
      if (proto !== Object.prototype && proto !== null) continue // Dates, Buffers, files
      for (const [key, item] of Object.entries(current)) {
        const here = path ? `${path}.${key}` : key
        if (key.includes('\u0000')) return here.replace(/\u0000/g, '\\0')
        stack.push([item, here])
      }
    }
  }
  return null
}

/**
 * Refuses any write, login or query carrying a NUL character (U+0000) with a clear 400.
 * SQLite would store it; PostgreSQL refuses it (`invalid byte sequence`), which Payload
 * reports as a 500. No text on this platform has a use for it.
 */
export const rejectNulBytes: CollectionBeforeOperationHook = ({ args, req }) => {
  const { data, where, id, sort } = args as Record<string, unknown>
  const path = findNulByte({ data, where, id, sort })
  if (path) {
    const field = path.replace(/^(data|where)\.?/, '') || path
    throw new APIError(
      say(req, {
        fr: `Texte refusé : « ${field} » contient un caractère nul (U+0000), qui ne peut pas être enregistré ni recherché.`,
        en: `Text refused: "${field}" contains a NUL character (U+0000), which can be neither stored nor searched.`,
      }),
      400,
      undefined,
      true,
    )
  }
  return args
}

/** Adds `rejectNulBytes` to every collection of the config (those of earlier plugins too). */
export const nulByteGuard = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [rejectNulBytes, ...(collection.hooks?.beforeOperation ?? [])],
    },
  })),
})
