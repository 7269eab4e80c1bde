import type { CollectionConfig } from 'payload'
import { adminOr, isAdmin } from '../../access'
import { label } from '../../lib/labels'
import { isValidOrcid } from '../../lib/orcid'
import { editorialCollection } from '../editorial'

export const Contributors: CollectionConfig = editorialCollection({
  slug: 'contributors',
  labels: { singular: label('作者', 'Contributor'), plural: label('作者', 'Contributors') },
  admin: {
    useAsTitle: 'name',
    group: label('期刊出版', 'Journals'),
    defaultColumns: ['name', 'affiliation', 'orcid', 'translationStatus'],
    listSearchableFields: ['slug', 'name'],
  },
  access: { create: adminOr('journal-editor'), update: adminOr('journal-editor'), delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, label: label('姓名', 'Name'),
      admin: { description: label('英文版写作 Zhang Wei（姓在前）', 'In English: surname first, e.g. Zhang Wei') } },
    { name: 'affiliation', type: 'text', localized: true, label: label('单位', 'Affiliation') },
    { name: 'bio', type: 'textarea', localized: true, label: label('简介', 'Short bio') },
    {
      name: 'orcid',
      type: 'text',
      label: 'ORCID',
      admin: { placeholder: '0000-0002-1825-0097' },
      validate: (v: unknown) =>
        !v || isValidOrcid(String(v)) || `ORCID "${String(v)}" is not valid: expected 0000-0000-0000-000X with a correct check digit`,
    },
  ],
})
