import { getCollection } from 'astro:content'
import type { CollectionName, Docs } from './schemas'
import { siteFromDocs, type Site } from './site'

export { latestFestival, type Site } from './site'

/** The snapshot through Astro's content collections, loaded once per build: every page asks for the same data. */
async function data<K extends CollectionName>(name: K): Promise<Docs[K]> {
  return (await getCollection(name)).map((entry: { data: unknown }) => entry.data) as Docs[K]
}

let loaded: Promise<Site> | undefined
export const loadSite = () => (loaded ??= build())

async function build(): Promise<Site> {
  const docs: Docs = {
    journals: await data('journals'),
    issues: await data('issues'),
    articles: await data('articles'),
    contributors: await data('contributors'),
    branches: await data('branches'),
    festivals: await data('festivals'),
    series: await data('series'),
    events: await data('events'),
    pages: await data('pages'),
    media: await data('media'),
  }
  return siteFromDocs(docs)
}
