import type { TaskHandler } from 'payload'
import { updateSite } from './index'

/** The `updateSite` job (cms/src/jobs): run by the worker, never inside the admin. */
export const updateSiteTask: TaskHandler<'updateSite'> = async ({ req }) => {
  await updateSite(req.payload)
  return { output: {} }
}
