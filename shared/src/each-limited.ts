/**
 * Runs `work` on every item, `width` at a time (file copies, bucket requests: many small
 * operations). After a failure no new item starts, and it throws the first error once the
 * running ones have finished, so that nothing is still being written when the caller cleans
 * up. (`p-limit` and `p-map` reject at the first error while the others still run.)
 */
export async function eachLimited<T>(
  items: readonly T[],
  width: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0
  let failed = false
  const worker = async () => {
    while (!failed && next < items.length) {
      try {
        await work(items[next++]!)
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  const results = await Promise.allSettled(
    Array.from({ length: Math.min(width, items.length) }, worker),
  )
  const rejected = results.find((r) => r.status === 'rejected')
  if (rejected) throw rejected.reason
}
