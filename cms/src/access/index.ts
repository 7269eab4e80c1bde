import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'
import type { Role } from '../lib/roles'

type Ref = number | string | { id: number | string }
export type StaffUser = {
  id: number | string
  collection?: string
  roles?: Role[] | null
  journals?: Ref[] | null
  branches?: Ref[] | null
}

const staff = (req: PayloadRequest): StaffUser | null => (req.user as StaffUser | null) ?? null

export const hasRole = (user: StaffUser | null | undefined, role: Role): boolean =>
  Boolean(user?.roles?.includes(role))

/** Ids of related documents, whether the relation came populated or as bare ids. */
export const refIds = (refs: Ref[] | null | undefined): Array<number | string> =>
  (refs ?? []).map((ref) => (typeof ref === 'object' ? ref.id : ref))

const sameId = (a: unknown, b: unknown) => a != null && b != null && String(a) === String(b)
export const inScope = (scope: Array<number | string>, value: unknown): boolean => {
  const id = value && typeof value === 'object' ? (value as { id: unknown }).id : value
  return scope.some((s) => sameId(s, id))
}

export const publishedOnly: Where = { _status: { equals: 'published' } }

export const isAdmin: Access = ({ req }) => hasRole(staff(req), 'admin')
export const isAdminField: FieldAccess = ({ req }) => hasRole(staff(req), 'admin')
export const isStaff: Access = ({ req }) => Boolean(staff(req)?.roles?.length)
export const anyone: Access = () => true

/** Visitors read published documents only; signed-in staff also read drafts (to review them). */
export const readPublishedOrStaff: Access = ({ req }) => (staff(req)?.roles?.length ? true : publishedOnly)

/** Admins, or any user holding one of the roles. */
export const adminOr =
  (...roles: Role[]): Access =>
  ({ req }) => {
    const user = staff(req)
    return hasRole(user, 'admin') || roles.some((role) => hasRole(user, role))
  }

export const journalScope = (req: PayloadRequest) => refIds(staff(req)?.journals)
export const branchScope = (req: PayloadRequest) => refIds(staff(req)?.branches)

/** Admins everywhere; holders of `role` only on the documents `scope` selects. */
export const adminOrScoped =
  (role: Role, scope: (req: PayloadRequest) => Where): Access =>
  ({ req }) => {
    const user = staff(req)
    if (hasRole(user, 'admin')) return true
    return hasRole(user, role) ? scope(req) : false
  }
