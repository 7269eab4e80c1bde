import type { Access, CollectionConfig } from 'payload'
import { hasRole, isAdmin, isAdminField, type StaffUser } from '../../access'
import { forgetAccountAfterLogin, limitAuthRequests } from '../../auth/loginGuard'
import { sessionCookies } from '../../auth/cookies'
import { label } from '../../lib/labels'
import { roleOptions } from '../../lib/roles'

const adminOrSelf: Access = ({ req }) => {
  const user = req.user as StaffUser | null
  if (!user) return false
  return hasRole(user, 'admin') || { id: { equals: user.id } }
}

const hasRoleIn = (role: string) => (data: Record<string, unknown>) =>
  Array.isArray(data?.roles) && (data.roles as string[]).includes(role)

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('用户', 'User'), plural: label('用户', 'Users') },
  auth: {
    cookies: sessionCookies(),
    // Payload's lock, kept in the database, bounds slow guessing that outlasts the in-memory
    // limits of loginGuard (and a restart). Only admins may lift it early (access.unlock).
    maxLoginAttempts: 10,
    lockTime: 30 * 60_000,
  },
  admin: { useAsTitle: 'email', group: label('系统', 'System'), defaultColumns: ['email', 'name', 'roles'] },
  access: {
    admin: ({ req }) => Boolean((req.user as StaffUser | null)?.roles?.length),
    create: isAdmin,
    delete: isAdmin,
    read: adminOrSelf,
    update: adminOrSelf,
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [limitAuthRequests],
    afterLogin: [forgetAccountAfterLogin],
    beforeValidate: [
      // The very first account (created from the admin's sign-up screen) must be able to administer.
      async ({ data, operation, req }) => {
        if (operation !== 'create' || !data) return data
        const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
        if (totalDocs === 0) data.roles = ['admin']
        return data
      },
    ],
  },
  fields: [
    { name: 'name', type: 'text', label: label('姓名', 'Name') },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      options: roleOptions,
      label: label('角色', 'Roles'),
      access: { create: isAdminField, update: isAdminField },
      saveToJWT: true,
    },
    {
      name: 'journals',
      type: 'relationship',
      relationTo: 'journals',
      hasMany: true,
      label: label('负责的期刊', 'Journals they edit'),
      access: { create: isAdminField, update: isAdminField },
      admin: { condition: hasRoleIn('journal-editor') },
    },
    {
      name: 'branches',
      type: 'relationship',
      relationTo: 'branches',
      hasMany: true,
      label: label('负责的场馆', 'Branches they edit'),
      access: { create: isAdminField, update: isAdminField },
      admin: { condition: hasRoleIn('branch-editor') },
    },
  ],
}
