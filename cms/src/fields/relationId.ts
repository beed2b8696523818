/**
 * The id a relationship or upload value points at, whether Payload returned it populated
 * (`{ id, … }`) or not (the bare id, a number on SQLite and PostgreSQL, a string in JSON).
 * Null when there is none.
 */
export function relationId(value: unknown): string | null {
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return value || null
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'id' in value)
    return relationId(value.id)
  return null
}
