import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../access'
import { sortOrderField } from '../../fields'
import { label } from '../../lib/labels'
import { editorialCollection } from '../editorial'
import { canUpdateJournal } from './access'

const ISSN = /^\d{4}-\d{3}[\dX]$/
const CN = /^\d{2}-\d{4}\/[A-Z0-9]{1,4}$/

export const Journals: CollectionConfig = editorialCollection({
  slug: 'journals',
  labels: { singular: label('期刊', 'Journal'), plural: label('期刊', 'Journals') },
  admin: {
    useAsTitle: 'title',
    group: label('期刊出版', 'Journals'),
    defaultColumns: ['title', 'kind', 'frequency', 'translationStatus', '_status'],
  },
  access: { create: isAdmin, delete: isAdmin, update: canUpdateJournal },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, label: label('刊名', 'Title') },
    { name: 'shortTitle', type: 'text', localized: true, label: label('简称', 'Short title') },
    { name: 'description', type: 'textarea', localized: true, label: label('简介', 'Description') },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          label: label('类型', 'Kind'),
          options: [
            { value: 'academic', label: label('学术期刊', 'Academic') },
            { value: 'popular', label: label('大众期刊', 'Popular') },
          ],
        },
        {
          name: 'frequency',
          type: 'select',
          label: label('刊期', 'Frequency'),
          options: [
            { value: 'quarterly', label: label('季刊', 'Quarterly') },
            { value: 'bimonthly', label: label('双月刊', 'Bimonthly') },
            { value: 'monthly', label: label('月刊', 'Monthly') },
            { value: 'annual', label: label('年刊', 'Annual') },
          ],
        },
        {
          name: 'parallelText',
          type: 'checkbox',
          label: label('中英文对照', 'Parallel text (zh/en)'),
          admin: { description: label('文章正文中英逐段对齐', 'Article bodies align paragraph by paragraph') },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'issn',
          type: 'text',
          label: 'ISSN',
          admin: { description: label('未知时留空', 'Leave empty when unknown') },
          validate: (v: unknown) => !v || ISSN.test(String(v)) || `ISSN must look like 1234-567X (got "${String(v)}")`,
        },
        {
          name: 'cn',
          type: 'text',
          label: label('国内统一刊号 CN', 'CN number'),
          admin: { description: label('未知时留空', 'Leave empty when unknown') },
          validate: (v: unknown) => !v || CN.test(String(v)) || `CN must look like 33-1234/G2 (got "${String(v)}")`,
        },
      ],
    },
    { name: 'publisher', type: 'text', localized: true, label: label('出版单位', 'Publisher') },
    { name: 'cover', type: 'upload', relationTo: 'media', label: label('封面', 'Cover') },
    {
      name: 'editorialBoard',
      type: 'array',
      label: label('编委会', 'Editorial board'),
      labels: { singular: label('编委', 'Member'), plural: label('编委', 'Members') },
      fields: [
        { name: 'name', type: 'text', localized: true, required: true, label: label('姓名', 'Name') },
        { name: 'role', type: 'text', localized: true, label: label('职务', 'Role') },
        { name: 'affiliation', type: 'text', localized: true, label: label('单位', 'Affiliation') },
      ],
    },
    sortOrderField(),
  ],
})
