import { adminOrScoped, journalScope } from '../../access'

/** Admins edit every journal; a journal editor only the journals assigned to them. */
export const canUpdateJournal = adminOrScoped('journal-editor', (req) => ({ id: { in: journalScope(req) } }))
