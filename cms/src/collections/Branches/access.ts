import { adminOrScoped, branchScope } from '../../access'

/** Admins edit every branch; a branch editor only the branches assigned to them. */
export const canUpdateBranch = adminOrScoped('branch-editor', (req) => ({ id: { in: branchScope(req) } }))
