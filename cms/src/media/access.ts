import type { Access, PayloadRequest } from 'payload'
import { branchScope, hasRole, journalScope, type StaffUser } from '../access'
import { UNUSED } from './visibility'

const staff = (req: PayloadRequest) => (req.user as StaffUser | null) ?? null

/** Visitors see the images published documents use; staff see every image (to place them). */
export const canReadMedia: Access = ({ req }) => (staff(req)?.roles?.length ? true : { public: { equals: true } })

/** The `editScope` values (see visibility.ts) an editor holds. */
export function mediaScopesOf(user: StaffUser | null): string[] {
  if (!user?.roles?.length) return []
  const scopes = [UNUSED]
  const req = { user } as unknown as PayloadRequest
  if (hasRole(user, 'journal-editor')) scopes.push('journals', ...journalScope(req).map((id) => `journal:${id}`))
  if (hasRole(user, 'branch-editor')) scopes.push(...branchScope(req).map((id) => `branch:${id}`))
  if (hasRole(user, 'festival-editor')) scopes.push('festival')
  return scopes
}

/** Admins change every image; an editor only images of their own scope, or images nothing uses yet. */
export const canChangeMedia: Access = ({ req }) => {
  const user = staff(req)
  if (hasRole(user, 'admin')) return true
  const scopes = mediaScopesOf(user)
  return scopes.length ? { editScope: { in: scopes } } : false
}
