import type { CollectionConfig } from 'payload'
import { dayField } from '../../fields'
import { urlField } from '../../fields/linkPolicy'
import { CALENDAR_TEXT } from '../../validation/guard'
import { editorLanguage, label } from '../../lib/labels'
import { PARALLEL_TEXT_RULE } from '../../publishing/rules'
import { editorialCollection } from '../editorial'
import { canCreateArticle, canEditArticle } from './access'

const DOI = /^10\.\d{4,9}\/\S+$/

export const REFERENCE_TYPES = [
  { value: 'J', label: label('期刊论文 [J]', 'Journal article [J]') },
  { value: 'M', label: label('专著 [M]', 'Book [M]') },
  { value: 'A', label: label('析出文献 [M]', 'Book chapter [M]') },
  { value: 'C', label: label('会议录 [C]', 'Proceedings [C]') },
  { value: 'D', label: label('学位论文 [D]', 'Thesis [D]') },
  { value: 'R', label: label('报告 [R]', 'Report [R]') },
  { value: 'N', label: label('报纸 [N]', 'Newspaper [N]') },
  { value: 'EB/OL', label: label('电子资源 [EB/OL]', 'Online resource [EB/OL]') },
]

export const CONTRIBUTOR_ROLES = [
  { value: 'author', label: label('作者', 'Author') },
  { value: 'translator', label: label('译者', 'Translator') },
  { value: 'photographer', label: label('摄影', 'Photographer') },
  { value: 'illustrator', label: label('插图', 'Illustrator') },
  { value: 'interviewer', label: label('采访', 'Interviewer') },
  { value: 'editor', label: label('编辑', 'Editor') },
]

export const Articles: CollectionConfig = editorialCollection({
  slug: 'articles',
  labels: { singular: label('文章', 'Article'), plural: label('文章', 'Articles') },
  admin: {
    useAsTitle: 'title',
    group: label('期刊出版', 'Journals'),
    defaultColumns: ['title', 'issue', 'pageStart', 'translationStatus', '_status', 'updatedAt'],
    listSearchableFields: ['slug', 'title'],
  },
  access: { create: canCreateArticle, update: canEditArticle, delete: canEditArticle },
  fields: [
    { name: 'issue', type: 'relationship', relationTo: 'issues', required: true, index: true, label: label('所属期次', 'Issue'),
      admin: { description: label('发布文章前：先发布期次，并在期次目录中列入本文', 'Before publishing: publish the issue, and list this article in its table of contents') } },
    { name: 'title', type: 'text', localized: true, required: true, label: label('标题', 'Title') },
    { name: 'subtitle', type: 'text', localized: true, label: label('副标题', 'Subtitle') },
    {
      name: 'contributors',
      type: 'array',
      label: label('作者与译者', 'Contributors'),
      labels: { singular: label('署名', 'Contributor'), plural: label('署名', 'Contributors') },
      admin: { description: label('按署名顺序', 'In byline order') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'contributor', type: 'relationship', relationTo: 'contributors', required: true, label: label('人员', 'Person') },
            { name: 'role', type: 'select', defaultValue: 'author', options: CONTRIBUTOR_ROLES, label: label('角色', 'Role') },
          ],
        },
      ],
    },
    { name: 'abstract', type: 'textarea', localized: true, label: label('摘要', 'Abstract') },
    { name: 'keywords', type: 'text', hasMany: true, localized: true, label: label('关键词', 'Keywords') },
    { name: 'body', type: 'richText', localized: true, label: label('正文', 'Body'), admin: { description: PARALLEL_TEXT_RULE } },
    { name: 'bodyBlockCounts', type: 'ui', admin: { components: { Field: '/publishing/admin/BlockCounts#BlockCounts' } } },
    {
      name: 'references',
      type: 'array',
      label: label('参考文献', 'References'),
      labels: { singular: label('文献', 'Reference'), plural: label('文献', 'References') },
      admin: { description: label('按 GB/T 7714-2015 著录所需字段填写', 'Fields needed to print GB/T 7714-2015 style') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'type', type: 'select', required: true, defaultValue: 'J', options: REFERENCE_TYPES, label: label('类型', 'Type') },
            { name: 'authors', type: 'text', label: label('责任者', 'Authors'), admin: { description: label('用分号分隔，如：吴建中；程焕文', 'Separated by semicolons, e.g. Wu Jianzhong; Cheng Huanwen') } },
          ],
        },
        { name: 'title', type: 'text', required: true, label: label('题名', 'Title') },
        { name: 'container', type: 'text', label: label('刊名/书名', 'Journal or book') },
        {
          type: 'row',
          fields: [
            { name: 'place', type: 'text', label: label('出版地', 'Place') },
            { name: 'publisher', type: 'text', label: label('出版者', 'Publisher') },
            { name: 'year', type: 'text', label: label('年', 'Year') },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'volume', type: 'text', label: label('卷', 'Volume') },
            { name: 'issue', type: 'text', label: label('期', 'Issue') },
            { name: 'pages', type: 'text', label: label('页码', 'Pages') },
          ],
        },
        {
          type: 'row',
          fields: [
            urlField('url', 'URL', label('参考文献网址', 'Reference URL')),
            { name: 'accessed', type: 'text', custom: CALENDAR_TEXT, label: label('引用日期', 'Accessed'), validate: (v: unknown) => !v || /^\d{4}-\d{2}-\d{2}$/.test(String(v)) || `Accessed date must be YYYY-MM-DD (got "${String(v)}")` },
            {
              name: 'doi',
              type: 'text',
              label: 'DOI',
              // The site links it as https://doi.org/<doi>: a DOI, never a URL of its own.
              validate: (v: unknown, { req }: { req?: { i18n?: { language?: string } } }) =>
                !v || DOI.test(String(v)) ||
                (editorLanguage(req) === 'en'
                  ? `Reference DOI must look like 10.1234/abc (got ${JSON.stringify(String(v))})`
                  : `参考文献 DOI 应形如 10.1234/abc（收到 ${JSON.stringify(String(v))}）`),
            },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'pageStart', type: 'number', min: 1, label: label('起始页', 'First page') },
        { name: 'pageEnd', type: 'number', min: 1, label: label('结束页', 'Last page'),
          validate: (v: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
            v == null || siblingData.pageStart == null || Number(v) >= Number(siblingData.pageStart) ||
            `Last page (${String(v)}) comes before first page (${String(siblingData.pageStart)})` },
      ],
    },
    { name: 'funding', type: 'text', localized: true, label: label('基金项目', 'Funding') },
    dayField('receivedAt', '收稿日期', 'Received'),
    {
      name: 'doi',
      type: 'text',
      label: 'DOI',
      validate: (v: unknown) => !v || DOI.test(String(v)) || `DOI must look like 10.1234/abc (got "${String(v)}")`,
    },
  ],
})
