/** The queue of the content-health jobs (the link check); when it runs: plugins/jobs.ts. */
export const HEALTH_QUEUE = 'health'
export const LINK_CHECK_TASK = 'healthLinkCheck'
