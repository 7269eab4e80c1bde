import type { CollectionConfig } from 'payload'
import { dayField } from '../../fields'
import { label } from '../../lib/labels'
import { editorialCollection } from '../editorial'
import { canCreateIssue, canEditIssue } from './access'

export const Issues: CollectionConfig = editorialCollection({
  slug: 'issues',
  labels: { singular: label('期次', 'Issue'), plural: label('期次', 'Issues') },
  admin: {
    useAsTitle: 'slug',
    group: label('期刊出版', 'Journals'),
    defaultColumns: ['slug', 'journal', 'year', 'number', 'publishedAt', 'translationStatus', '_status'],
    listSearchableFields: ['slug', 'title'],
  },
  access: { create: canCreateIssue, update: canEditIssue, delete: canEditIssue },
  fields: [
    { name: 'journal', type: 'relationship', relationTo: 'journals', required: true, index: true, label: label('期刊', 'Journal') },
    {
      type: 'row',
      fields: [
        { name: 'year', type: 'number', required: true, min: 1900, max: 2100, index: true, label: label('年', 'Year') },
        { name: 'volume', type: 'number', min: 1, label: label('卷', 'Volume') },
        { name: 'number', type: 'number', required: true, min: 1, label: label('期', 'Number') },
      ],
    },
    dayField('publishedAt', '出版日期', 'Publication date', { index: true }),
    { name: 'title', type: 'text', localized: true, label: label('本期主题', 'Theme of the issue') },
    { name: 'cover', type: 'upload', relationTo: 'media', label: label('封面', 'Cover') },
    { name: 'editorsNote', type: 'richText', localized: true, label: label('卷首语', "Editor's note") },
    {
      name: 'toc',
      type: 'array',
      label: label('目录', 'Table of contents'),
      labels: { singular: label('栏目', 'Section'), plural: label('栏目', 'Sections') },
      admin: { description: label('按刊出顺序排列栏目和文章', 'Sections and their articles, in print order') },
      fields: [
        { name: 'section', type: 'text', localized: true, required: true, label: label('栏目', 'Section') },
        { name: 'articles', type: 'relationship', relationTo: 'articles', hasMany: true, label: label('文章', 'Articles') },
      ],
    },
  ],
})
