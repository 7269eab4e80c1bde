import type { CollectionConfig } from 'payload'
import { readPublishedOrStaff } from '../access'
import { slugField } from '../fields'
import { setTranslationStatus, translationStatusField } from '../fields/translationStatus'

/**
 * What every collection editors publish shares: a stable slug, drafts with version history,
 * visitors reading only published documents, and the derived translation status.
 */
export function editorialCollection(config: CollectionConfig): CollectionConfig {
  return {
    ...config,
    access: { read: readPublishedOrStaff, ...config.access },
    admin: {
      useAsTitle: 'slug',
      defaultColumns: ['slug', 'translationStatus', '_status', 'updatedAt'],
      ...config.admin,
    },
    versions: { drafts: true, maxPerDoc: 50 },
    hooks: { ...config.hooks, beforeChange: [setTranslationStatus, ...(config.hooks?.beforeChange ?? [])] },
    fields: [slugField(), ...config.fields, translationStatusField()],
  }
}
