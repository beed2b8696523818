/**
 * Every adapter write in a transaction, on both databases.
 *
 * Payload's operations (create, update, delete…) open a transaction on the request, but some
 * writes reach the adapter without one: a job queued without `req`, Payload's own calls with a
 * bare `{ transactionID: undefined }`, scripts calling `payload.db.*`. Each such call still
 * writes several statements (main row, locales, arrays), so it gets a transaction of its own
 * here — atomic, and on SQLite taking its turn with the others (sqliteTransactions.ts) instead
 * of colliding with the open transaction on the writer connection.
 *
 * The same wrapper answers a row id that is already taken (a client reusing the `id` of
 * another document's array row or block, or of the other locale's) with a 400: the adapter
 * inserts array rows outside its own unique-constraint handling, so it was a 500. The write
 * is rolled back with its transaction.
 */
import {
  APIError,
  type BaseDatabaseAdapter,
  isolateObjectProperty,
  type PayloadRequest,
} from 'payload'
import { say } from '../i18n/say'

const writeMethods = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

type AnyWrite = (args: { req?: Partial<PayloadRequest> } & Record<string, unknown>) => unknown

/** The table whose `id` (primary key) a failed insert collided with, if that is the failure. */
export function collidingIdTable(error: unknown): string | null {
  for (let e = error as Record<string, any> | undefined, depth = 0; e && depth < 5; depth++) {
    const sqlite = String(e.message ?? '').match(/UNIQUE constraint failed: (\w+)\.id\b/)
    if (sqlite) return sqlite[1]!
    if (e.code === '23505' && /^Key \(id\)=/.test(String(e.detail ?? ''))) return String(e.table)
    // PostgreSQL's, as the adapter already turned it into "Value must be unique" on `id`.
    const onId = e.name === 'ValidationError' && e.data?.errors?.find?.((f: any) => f.path === 'id')
    if (onId) return String(onId.tableName ?? 'id')
    e = e.cause
  }
  return null
}

const takenRowId = (req: Partial<PayloadRequest> | undefined, table: string) =>
  new APIError(
    say(req as PayloadRequest, {
      fr: 'Enregistrement refusé : un identifiant (« id ») de ligne de liste ou de bloc envoyé est déjà utilisé par un autre contenu ou une autre langue. Retirez les « id » des lignes nouvelles pour qu’ils soient créés. Rien n’a été enregistré.',
      en: `Save refused: an array row or block id that was sent is already used elsewhere (${table}). Leave the ids of new rows out to get new ones. Nothing was saved.`,
    }),
    400,
    undefined,
    true,
  )

export function atomicAdapterWrites(adapter: BaseDatabaseAdapter): void {
  for (const name of writeMethods) {
    const original = adapter[name] as unknown as AnyWrite | undefined
    if (typeof original !== 'function') continue
    const write = async function (this: BaseDatabaseAdapter, args: Parameters<AnyWrite>[0]) {
      try {
        return await original.call(this, args)
      } catch (error) {
        const table = collidingIdTable(error)
        throw table ? takenRowId(args?.req, table) : error
      }
    }
    const wrapped: AnyWrite = async function (this: BaseDatabaseAdapter, args) {
      const current = args?.req?.transactionID
      if (current && adapter.sessions?.[String(await current)]) {
        if (name !== 'updateJobs' || Object.keys(args.req!).length !== 1) {
          return write.call(this, args)
        }
        // Payload's job runner (queues/utilities/updateJob.js) begins a transaction for this
        // call alone, `{ transactionID }`, and commits it only on success: end it on a failure
        // too, or SQLite's write turn would never come back.
        try {
          return await write.call(this, args)
        } catch (error) {
          await Promise.resolve(adapter.rollbackTransaction(current)).catch(() => undefined)
          throw error
        }
      }
      const id = await adapter.beginTransaction()
      if (!id) return write.call(this, args)
      // The caller's request keeps its own (absent) transaction; the adapter sees this one.
      const req = (
        args?.req ? isolateObjectProperty(args.req as PayloadRequest, 'transactionID') : {}
      ) as Partial<PayloadRequest>
      req.transactionID = id
      try {
        const result = await write.call(this, { ...args, req })
        await adapter.commitTransaction(id)
        return result
      } catch (error) {
        await Promise.resolve(adapter.rollbackTransaction(id)).catch(() => undefined)
        throw error
      }
    }
    ;(adapter as unknown as Record<string, AnyWrite>)[name] = wrapped
  }
}
