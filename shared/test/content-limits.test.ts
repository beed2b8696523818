/**
 * The contract refuses what the CMS's fields refuse: the limits come from one module
 * (`content-limits.ts`) that both read.
 */
import { describe, expect, it } from 'vitest'
import { summaryMaxLength, titleMaxLength } from '../src/content-limits'
import { maxSlugLength } from '../src/slug'
import { slugSchema, summarySchema, titleSchema } from '../src/snapshot'

describe('content limits', () => {
  it('a title of the CMS’s longest length passes, one character more does not', () => {
    expect(titleSchema.safeParse('t'.repeat(titleMaxLength)).success).toBe(true)
    expect(titleSchema.safeParse('t'.repeat(titleMaxLength + 1)).success).toBe(false)
  })

  it('a summary of the CMS’s longest length passes, one character more does not', () => {
    expect(summarySchema.safeParse('s'.repeat(summaryMaxLength)).success).toBe(true)
    expect(summarySchema.safeParse('s'.repeat(summaryMaxLength + 1)).success).toBe(false)
  })

  it('a slug longer than the CMS’s slug field allows is refused', () => {
    expect(slugSchema.safeParse('a'.repeat(maxSlugLength)).success).toBe(true)
    expect(slugSchema.safeParse('a'.repeat(maxSlugLength + 1)).success).toBe(false)
  })
})
