/**
 * Keeps a page on this machine: requests to any other host are answered locally (images
 * with a placeholder picture, anything else with an empty page) and recorded, so that a
 * test can assert what a page asked for without sending traffic anywhere.
 */
import type { Page } from 'playwright-core'

const placeholderImage =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1600 900"><rect width="1600" height="900" fill="#e2efec"/>' +
  '<circle cx="520" cy="470" r="190" fill="#c9a227"/><circle cx="860" cy="430" r="230" fill="#5d8a3a"/>' +
  '<circle cx="1150" cy="520" r="160" fill="#d9622b"/></svg>'

export interface OfflineLog {
  /** URLs of requests that would have left the machine. */
  external: string[]
}

export async function keepOffline(page: Page, localOrigin: string): Promise<OfflineLog> {
  const log: OfflineLog = { external: [] }
  await page.route('**/*', async (route) => {
    const url = route.request().url()
    if (url.startsWith(localOrigin) || url.startsWith('data:')) return route.continue()
    log.external.push(url)
    if (route.request().resourceType() === 'image') {
      return route.fulfill({ status: 200, contentType: 'image/svg+xml', body: placeholderImage })
    }
    return route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><title>stub</title>',
    })
  })
  return log
}
