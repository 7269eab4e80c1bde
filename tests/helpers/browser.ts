import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { launchChromium, serveSite } from '../../scripts/lib/browser'

/**
 * A built site served and a browser for the tests of the calling file or describe block: started
 * in beforeAll, closed in afterAll. Read `browser` and `origin` inside tests and later hooks.
 */
export function useServedSite(dist: string) {
  const served = {} as { browser: Browser; origin: string }
  let closeServer: (() => Promise<void>) | undefined
  beforeAll(async () => {
    const site = await serveSite(dist)
    closeServer = site.close
    served.origin = site.origin
    served.browser = await launchChromium()
  })
  afterAll(async () => {
    await served.browser?.close()
    await closeServer?.()
  })
  return served
}
