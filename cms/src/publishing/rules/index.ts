import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'
import { ValidationError } from 'payload'
import { readAllLocales } from '../../fields/translationStatus'
import { overlayLocale } from '../../lib/fieldTree'
import { editorLanguage } from '../../lib/labels'
import { issueArticlesAlign, journalArticlesAlign } from './alignment'
import { chineseWhereRequired } from './chineseRequired'
import { dependentsProblem } from './dependents'
import { articleIsInPublishedIssue } from './issueFirst'
import { findPublished, findPublishedWhere } from './lookup'
import { parallelTextAligns } from './parallelText'
import { referencesArePublished } from './references'
import { richTextExports } from './richText'
import { tocMatchesIssue } from './toc'
import type { Problem, PublishRule } from './types'

export { PARALLEL_TEXT_RULE } from './parallelText'

/**
 * What the export and the site build require of a published document, checked when it is
 * published (by hand, on schedule, or saved again while published), so nothing published can
 * stop the export. Drafts are never checked: editors may save work in progress.
 */
const RULES: Record<string, PublishRule[]> = {
  articles: [articleIsInPublishedIssue, parallelTextAligns],
  issues: [tocMatchesIssue, issueArticlesAlign],
  journals: [journalArticlesAlign],
}
const EVERY_COLLECTION: PublishRule[] = [chineseWhereRequired, referencesArePublished, richTextExports]

export const rulesFor = (collection: string) => [...EVERY_COLLECTION, ...(RULES[collection] ?? [])]


function refuse(req: PayloadRequest, collection: string, problems: Problem[]): never {
  const language = editorLanguage(req)
  const messages = problems.map((p) => ({ path: p.path, message: p.message[language] }))
  const error = new ValidationError({ collection, errors: messages, req }, req.t)
  // Where no form shows the fields (a scheduled publish's job log, a script), the message says why.
  error.message += ` — ${messages.map((m) => `${m.path}: ${m.message}`).join('; ')}`
  throw error
}

export const checkPublishRules: CollectionBeforeChangeHook = async ({ collection, context, data, originalDoc, req }) => {
  if (data._status !== 'published') return data
  // Local API only (no request can set context): writing data as it was before these rules, to test
  // what the API and the export do with it.
  if (context?.skipPublishRules) return data
  const locale = req.locale && req.locale !== 'all' ? req.locale : 'zh'
  const stored = originalDoc?.id ? await readAllLocales(req, collection.slug, originalDoc.id) : undefined
  const doc = overlayLocale(collection.fields, stored as never, data, locale)
  const ctx = { collection: collection.slug, fields: collection.fields, id: originalDoc?.id, doc, req }
  // One rule after another: each reads through the save's request, whose locale a read changes and puts back.
  const problems: Problem[] = []
  for (const rule of rulesFor(collection.slug)) problems.push(...(await rule(ctx)))
  if (problems.length) refuse(req, collection.slug, problems)
  return data
}

/**
 * Unpublishing a document published documents point at is refused, naming them: the export would
 * otherwise stop on the dangling reference. (A draft saved over a published document changes
 * nothing readers see, so only a real unpublish, without `draft`, is checked.)
 */
export const refuseUnpublishingUsed: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const { id, data, draft, where } = args as { id?: number | string; data?: { _status?: string }; draft?: boolean; where?: Where }
  if (operation !== 'update' || data?._status !== 'draft' || draft) return args
  // One document (by id), or each published one a bulk unpublish selects (by where).
  const published = id !== undefined ? await findPublished(req, collection.slug, [id]) : await findPublishedWhere(req, collection.slug, where ?? {})
  for (const doc of published) {
    const found = await dependentsProblem(req, collection.slug, doc.id, 'unpublish')
    if (found) refuse(req, collection.slug, [found])
  }
  return args
}

export const refuseDeletingUsed: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const found = await dependentsProblem(req, collection.slug, id, 'delete')
  if (found) refuse(req, collection.slug, [found])
}
