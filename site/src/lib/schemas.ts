/**
 * Zod schemas of the snapshot documents, one per collection (see ARCHITECTURE.md, "The content
 * contract"). They mirror the Payload collections in cms/src/collections/ exactly:
 * tests/schema-drift.test.ts compares both. Keep them plain (no transforms) so the comparison
 * stays mechanical; content.config.ts uses them as they are.
 */
import { z } from 'astro/zod'

/** A localized field: `{ zh, en }`, where a locale may be missing (untranslated). */
const localized = <T extends z.ZodType>(inner: T, required = false) =>
  z.object({ zh: required ? inner : inner.optional(), en: inner.optional() })
const L = (required = false) => localized(z.string(), required)

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'slug: lower-case letters, digits and hyphens')
/** ISO 8601 in UTC, as the export writes dates. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/, 'date: ISO 8601 in UTC')
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time: HH:MM')
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date: YYYY-MM-DD')
/** A relation: the target's slug (media: its filename). */
const ref = z.string().min(1)
/** Sample content with invented facts (cms/src/fields/illustrative.ts): the site shows a notice. */
const illustrative = z.boolean().optional()

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export const BRANCH_KINDS = ['central', 'children', 'theme', 'specialty', 'district'] as const
export const THEME_KEYS = ['leisure', 'art', 'animation', 'health', 'technology', 'safety'] as const
export const AUDIENCES = ['all', 'children', 'teens', 'adults', 'seniors', 'families'] as const
export const CONTRIBUTOR_ROLES = ['author', 'translator', 'photographer', 'illustrator', 'interviewer', 'editor'] as const
export const REFERENCE_TYPES = ['J', 'M', 'C', 'D', 'R', 'N', 'EB/OL', 'A'] as const
export const PAGE_SECTIONS = ['about', 'services', 'research', 'digital'] as const

const journals = z.object({
  slug,
  title: L(true),
  shortTitle: L().optional(),
  description: L().optional(),
  kind: z.enum(['academic', 'popular']),
  parallelText: z.boolean().optional(),
  frequency: z.enum(['quarterly', 'bimonthly', 'monthly', 'annual']).optional(),
  issn: z.string().optional(),
  cn: z.string().optional(),
  publisher: L().optional(),
  cover: ref.optional(),
  editorialBoard: z
    .array(z.object({ name: L(true), role: L().optional(), affiliation: L().optional() }))
    .optional(),
  sortOrder: z.number().optional(),
  illustrative,
})

const issues = z.object({
  slug,
  journal: ref,
  year: z.number().int(),
  volume: z.number().int().optional(),
  number: z.number().int(),
  publishedAt: isoDate.optional(),
  cover: ref.optional(),
  title: L().optional(),
  editorsNote: L().optional(),
  toc: z.array(z.object({ section: L(true), articles: z.array(ref).optional() })).optional(),
  illustrative,
})

const reference = z.object({
  type: z.enum(REFERENCE_TYPES),
  authors: z.string().optional(),
  title: z.string(),
  container: z.string().optional(),
  place: z.string().optional(),
  publisher: z.string().optional(),
  year: z.string().optional(),
  volume: z.string().optional(),
  issue: z.string().optional(),
  pages: z.string().optional(),
  url: z.string().optional(),
  accessed: day.optional(),
  doi: z.string().optional(),
})

const articles = z.object({
  slug,
  issue: ref,
  title: L(true),
  subtitle: L().optional(),
  contributors: z
    .array(z.object({ contributor: ref, role: z.enum(CONTRIBUTOR_ROLES).optional() }))
    .optional(),
  abstract: L().optional(),
  keywords: localized(z.array(z.string())).optional(),
  body: L().optional(),
  references: z.array(reference).optional(),
  pageStart: z.number().int().optional(),
  pageEnd: z.number().int().optional(),
  funding: L().optional(),
  receivedAt: isoDate.optional(),
  doi: z.string().optional(),
  illustrative,
})

const contributors = z.object({
  slug,
  name: L(true),
  affiliation: L().optional(),
  bio: L().optional(),
  orcid: z.string().optional(),
  illustrative,
})

const branches = z.object({
  slug,
  name: L(true),
  kind: z.enum(BRANCH_KINDS),
  parent: ref.optional(),
  summary: L().optional(),
  description: L().optional(),
  address: L().optional(),
  latitude: z.number().optional(),
  longitude: z.number().optional(),
  phone: z.string().optional(),
  openingHours: z.array(z.object({ day: z.enum(WEEKDAYS), opens: hhmm, closes: hhmm })).optional(),
  hoursExceptions: z
    .array(
      z.object({
        date: day,
        closed: z.boolean().optional(),
        opens: hhmm.optional(),
        closes: hhmm.optional(),
        note: L().optional(),
      }),
    )
    .optional(),
  services: z.array(z.object({ name: L(true) })).optional(),
  themes: z
    .array(z.object({ key: z.enum(THEME_KEYS).optional(), name: L(true), description: L().optional() }))
    .optional(),
  photos: z.array(ref).optional(),
  openedOn: isoDate.optional(),
  sortOrder: z.number().optional(),
  illustrative,
})

const festivals = z.object({
  slug,
  name: L(true),
  edition: z.number().int().optional(),
  year: z.number().int().optional(),
  startsOn: isoDate.optional(),
  endsOn: isoDate.optional(),
  summary: L().optional(),
  description: L().optional(),
  organizers: L().optional(),
  illustrative,
})

const series = z.object({
  slug,
  festival: ref,
  title: L(true),
  summary: L().optional(),
  description: L().optional(),
  sortOrder: z.number().optional(),
  illustrative,
})

const events = z.object({
  slug,
  festival: ref,
  series: ref.optional(),
  title: L(true),
  summary: L().optional(),
  description: L().optional(),
  startsAt: isoDate,
  endsAt: isoDate,
  branch: ref.optional(),
  place: L().optional(),
  audience: z.array(z.enum(AUDIENCES)).optional(),
  registration: z
    .object({
      required: z.boolean().optional(),
      details: L().optional(),
      url: z.string().optional(),
      capacity: z.number().int().optional(),
    })
    .optional(),
  partners: z.array(z.object({ name: L(true) })).optional(),
  images: z.array(ref).optional(),
  illustrative,
})

const pages = z.object({
  slug,
  title: L(true),
  summary: L().optional(),
  body: L().optional(),
  section: z.enum(PAGE_SECTIONS).optional(),
  sortOrder: z.number().optional(),
  illustrative,
})

const media = z.object({
  filename: z.string().min(1),
  alt: L(true),
  caption: L().optional(),
  credit: L().optional(),
})

export const schemas = { journals, issues, articles, contributors, branches, festivals, series, events, pages, media }
export type CollectionName = keyof typeof schemas
export const COLLECTIONS = Object.keys(schemas) as CollectionName[]

export type Localized<T = string> = { zh?: T; en?: T }
export type Journal = z.infer<typeof journals>
export type Issue = z.infer<typeof issues>
export type Article = z.infer<typeof articles>
export type Reference = z.infer<typeof reference>
export type Contributor = z.infer<typeof contributors>
export type Branch = z.infer<typeof branches>
export type Festival = z.infer<typeof festivals>
export type Series = z.infer<typeof series>
export type Event = z.infer<typeof events>
export type Page = z.infer<typeof pages>
export type Media = z.infer<typeof media>
export type Docs = {
  journals: Journal[]; issues: Issue[]; articles: Article[]; contributors: Contributor[]; branches: Branch[]
  festivals: Festival[]; series: Series[]; events: Event[]; pages: Page[]; media: Media[]
}
