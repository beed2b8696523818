/**
 * Prints « Santé du contenu »'s counts (the admin view's list, `/admin/sante`); with
 * `--check-links`, runs the link check first, here and now, as the nightly job does.
 *
 *   pnpm --filter @nlv/cms health                 # counts
 *   pnpm --filter @nlv/cms health --check-links   # check every external link, then counts
 */
export {}
process.env.NLV_DB_PUSH ??= 'false'
const { getPayload } = await import('payload')
const { default: config } = await import('../src/payload.config')
const { contentHealthReport } = await import('../src/health/report')
const { runLinkCheck } = await import('../src/health/linkCheck')
const { importsFinished } = await import('../src/cli')
importsFinished()
try {
  const payload = await getPayload({ config, disableOnInit: true })
  if (process.argv.includes('--check-links')) await runLinkCheck(payload)
  const report = await contentHealthReport(payload)
  for (const group of report.groups)
    console.log(`${String(group.entries.length).padStart(4)}  ${group.title}`)
  console.log(
    `links: ${report.links.inUse} in use, ${report.links.checked} checked${report.links.lastCheckedAt ? ` (last ${report.links.lastCheckedAt})` : ''}${report.links.noAnswerAtAll ? '; no site answered (no internet access?)' : ''}`,
  )
  process.exit(0)
} catch (error) {
  console.error(`[health] ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
