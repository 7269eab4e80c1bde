/**
 * Sample content: documents marked `illustrative` in the CMS carry invented facts (people,
 * addresses, hours, dates, figures). A page built from any of them shows the sample-content
 * notice (components/SampleNotice.astro), so no reader takes an invented fact for the library's.
 */
interface Flagged {
  illustrative?: boolean
}

/** True when any document a page is built from (its own, or those whose facts it shows) is sample content. */
export const showsSampleContent = (...docs: Array<Flagged | undefined | ReadonlyArray<Flagged | undefined>>): boolean =>
  docs.flat().some((doc) => doc?.illustrative === true)
