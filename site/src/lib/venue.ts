import type { Site } from './content'
import type { Lang } from './i18n'
import { text } from './localize'
import type { Event } from './schemas'

/** Where an event takes place: a branch of the network (linked), or a free-form place. */
export function venueOf(site: Site, event: Event, lang: Lang) {
  if (event.branch) {
    const branch = site.branch(event.branch)
    return { name: text(branch.name, lang), address: text(branch.address, lang) || undefined, branch }
  }
  return { name: text(event.place, lang), address: undefined, branch: undefined }
}
