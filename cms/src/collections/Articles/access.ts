import type { Access, PayloadRequest } from 'payload'
import { hasRole, inScope, journalScope, type StaffUser } from '../../access'

async function issueJournal(req: PayloadRequest, issue: unknown) {
  const id = issue && typeof issue === 'object' ? (issue as { id: unknown }).id : issue
  if (id == null) return undefined
  const found = await req.payload.findByID({ collection: 'issues', id: id as never, depth: 0, draft: true, req, disableErrors: true })
  return found?.journal
}

/** A journal editor may add articles only to issues of their own journals. */
export const canCreateArticle: Access = async ({ req, data }) => {
  const user = req.user as StaffUser | null
  if (hasRole(user, 'admin')) return true
  if (!hasRole(user, 'journal-editor')) return false
  return inScope(journalScope(req), await issueJournal(req, data?.issue))
}

export const canEditArticle: Access = async ({ req, data }) => {
  const user = req.user as StaffUser | null
  if (hasRole(user, 'admin')) return true
  if (!hasRole(user, 'journal-editor')) return false
  const scope = journalScope(req)
  if (data?.issue !== undefined && !inScope(scope, await issueJournal(req, data.issue))) return false
  return { 'issue.journal': { in: scope } }
}
