import type { Access } from 'payload'
import { hasRole, journalScope, type StaffUser } from '../../access'

/** Admins edit every journal; a journal editor only the journals assigned to them. */
export const canUpdateJournal: Access = ({ req }) => {
  const user = req.user as StaffUser | null
  if (hasRole(user, 'admin')) return true
  if (!hasRole(user, 'journal-editor')) return false
  return { id: { in: journalScope(req) } }
}
