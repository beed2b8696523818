import { describe, expect, it } from 'vitest'
import { eachLimited } from '../src/each-limited'

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('eachLimited', () => {
  it('runs every item, never more than `width` at once', async () => {
    let running = 0
    let most = 0
    const done: number[] = []
    await eachLimited([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running++
      most = Math.max(most, running)
      await tick(5 * (n % 3))
      done.push(n)
      running--
    })
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(most).toBe(3)
  })

  it('after a failure starts nothing new and throws once the running items have finished', async () => {
    const started: number[] = []
    const finished: number[] = []
    const run = eachLimited([1, 2, 3, 4, 5, 6], 2, async (n) => {
      started.push(n)
      if (n === 1) throw new Error('copy 1 failed')
      await tick(30)
      finished.push(n)
    })
    await expect(run).rejects.toThrow('copy 1 failed')
    // Item 2 was running when 1 failed: it finished before the error reached the caller.
    expect(finished).toEqual([2])
    expect(started).toEqual([1, 2])
  })

  it('does nothing with no items', async () => {
    await eachLimited([], 4, async () => {
      throw new Error('never called')
    })
  })
})
