import type { CollectionConfig } from 'payload'
import { readPublishedOrStaff } from '../access'
import { slugField } from '../fields'
import { illustrativeField } from '../fields/illustrative'
import { setTranslationStatus, translationStatusField } from '../fields/translationStatus'
import { queueSiteUpdateAfterChange, queueSiteUpdateAfterDelete } from '../publishing/queueSiteUpdate'
import { mediaUsedField, refreshMediaAfterChange, refreshMediaAfterDelete, setMediaUsed } from '../media/usage'
import { siteAdmin } from '../publishing/editorAdmin'
import { checkPublishRules, refuseDeletingUsed, refuseUnpublishingUsed } from '../publishing/rules'
import { editorialDrafts } from '../publishing/versions'

/**
 * What every collection editors publish shares: a stable slug, drafts with version history (autosaved;
 * scheduled publishing where it applies), rules checked on publish, visitors reading only published
 * documents, the sample-content flag (fields/illustrative.ts), the derived translation status, and the media it uses (which decides whether those
 * images are public: media/visibility.ts).
 */
export function editorialCollection(config: CollectionConfig): CollectionConfig {
  return {
    ...config,
    access: { read: readPublishedOrStaff, ...config.access },
    admin: {
      useAsTitle: 'slug',
      defaultColumns: ['slug', 'translationStatus', '_status', 'updatedAt'],
      ...siteAdmin(config.slug),
      ...config.admin,
    },
    // 20 versions: a few weeks of an editor's saves to compare or restore; 50 copies of every
    // document (each up to the size limits of validation/checks.ts) mostly filled the database.
    versions: { drafts: editorialDrafts(config.slug), maxPerDoc: 20 },
    hooks: {
      ...config.hooks,
      beforeChange: [setTranslationStatus, setMediaUsed, ...(config.hooks?.beforeChange ?? []), checkPublishRules],
      // Last: the site update is queued once the document and its images are settled.
      afterChange: [...(config.hooks?.afterChange ?? []), refreshMediaAfterChange, queueSiteUpdateAfterChange],
      afterDelete: [...(config.hooks?.afterDelete ?? []), refreshMediaAfterDelete, queueSiteUpdateAfterDelete],
      // Publishing rules (cms/src/publishing/rules): nothing published may point at a draft.
      beforeOperation: [...(config.hooks?.beforeOperation ?? []), refuseUnpublishingUsed],
      beforeDelete: [...(config.hooks?.beforeDelete ?? []), refuseDeletingUsed],
    },
    fields: [slugField(), ...config.fields, illustrativeField(), translationStatusField(), mediaUsedField()],
  }
}
