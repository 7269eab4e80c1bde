/** The origin the test builds use for absolute URLs (canonical, hreflang, feeds, calendars). */
export const TEST_ORIGIN = 'https://library.test'
