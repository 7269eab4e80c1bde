import type { Access } from 'payload'
import { hasRole, inScope, journalScope, type StaffUser } from '../../access'

/**
 * Admins manage every issue; a journal editor only issues of their journals, and may not move an
 * issue into a journal outside their scope.
 */
export const canEditIssue: Access = ({ req, data }) => {
  const user = req.user as StaffUser | null
  if (hasRole(user, 'admin')) return true
  if (!hasRole(user, 'journal-editor')) return false
  const scope = journalScope(req)
  if (data?.journal !== undefined && !inScope(scope, data.journal)) return false
  return { journal: { in: scope } }
}

export const canCreateIssue: Access = ({ req, data }) => {
  const user = req.user as StaffUser | null
  if (hasRole(user, 'admin')) return true
  return hasRole(user, 'journal-editor') && inScope(journalScope(req), data?.journal)
}
