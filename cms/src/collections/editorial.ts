import type { CollectionConfig } from 'payload'
import { readPublishedOrStaff } from '../access'
import { slugField } from '../fields'
import { setTranslationStatus, translationStatusField } from '../fields/translationStatus'
import { checkPublishRules, refuseDeletingUsed, refuseUnpublishingUsed } from '../publishing/rules'
import { editorialDrafts } from '../publishing/versions'

/**
 * What every collection editors publish shares: a stable slug, drafts with version history (autosaved;
 * scheduled publishing where it applies), rules checked on publish,
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
    versions: { drafts: editorialDrafts(config.slug), maxPerDoc: 50 },
    hooks: {
      ...config.hooks,
      beforeChange: [setTranslationStatus, ...(config.hooks?.beforeChange ?? []), checkPublishRules],
      // Publishing rules (cms/src/publishing/rules): nothing published may point at a draft.
      beforeOperation: [...(config.hooks?.beforeOperation ?? []), refuseUnpublishingUsed],
      beforeDelete: [...(config.hooks?.beforeDelete ?? []), refuseDeletingUsed],
    },
    fields: [slugField(), ...config.fields, translationStatusField()],
  }
}
