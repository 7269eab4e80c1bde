import type { Access } from 'payload'
import { branchScope, hasRole, type StaffUser } from '../../access'

/** Admins edit every branch; a branch editor only the branches assigned to them. */
export const canUpdateBranch: Access = ({ req }) => {
  const user = req.user as StaffUser | null
  if (hasRole(user, 'admin')) return true
  if (!hasRole(user, 'branch-editor')) return false
  return { id: { in: branchScope(req) } }
}
