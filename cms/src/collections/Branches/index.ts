import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../access'
import { dayField, sortOrderField, TIME_PATTERN, timeField } from '../../fields'
import { CALENDAR_TEXT } from '../../validation/guard'
import { label } from '../../lib/labels'
import { editorialCollection } from '../editorial'
import { canUpdateBranch } from './access'

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
const weekdayLabels = ['周一 Mon', '周二 Tue', '周三 Wed', '周四 Thu', '周五 Fri', '周六 Sat', '周日 Sun']

export const BRANCH_KINDS = [
  { value: 'central', label: label('中心馆', 'Central library') },
  { value: 'children', label: label('少儿馆', "Children's library") },
  { value: 'theme', label: label('主题分馆', 'Theme branch') },
  { value: 'specialty', label: label('专业分馆', 'Specialty branch') },
  { value: 'district', label: label('区县（市）图书馆', 'District library') },
]

export const THEME_KEYS = [
  { value: 'leisure', label: label('休闲生活', 'Leisure') },
  { value: 'art', label: label('艺术生活', 'Art') },
  { value: 'animation', label: label('动漫生活', 'Animation & comics') },
  { value: 'health', label: label('健康生活', 'Health') },
  { value: 'technology', label: label('科技生活', 'Science & technology') },
  { value: 'safety', label: label('安全生活', 'Safety') },
]

// Replaces timeField's validate, so it checks the HH:MM form first (any text compares greater than "09:00").
const closesAfterOpens = (closes: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
  if (!closes) return true
  if (typeof closes !== 'string' || !TIME_PATTERN.test(closes)) return `Time must be HH:MM in 24-hour form, e.g. 09:00 (got "${String(closes)}")`
  return !siblingData.opens || closes > String(siblingData.opens) || `Closing time ${closes} must be after opening time ${String(siblingData.opens)}`
}

export const Branches: CollectionConfig = editorialCollection({
  slug: 'branches',
  labels: { singular: label('场馆', 'Branch'), plural: label('场馆', 'Branches') },
  admin: {
    useAsTitle: 'name',
    group: label('场馆', 'Libraries'),
    defaultColumns: ['name', 'kind', 'parent', 'translationStatus', '_status'],
    listSearchableFields: ['slug', 'name'],
  },
  access: { create: isAdmin, delete: isAdmin, update: canUpdateBranch },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, label: label('馆名', 'Name') },
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', required: true, index: true, options: BRANCH_KINDS, label: label('类型', 'Kind') },
        { name: 'parent', type: 'relationship', relationTo: 'branches', label: label('上级馆', 'Parent library'),
          admin: { description: label('“中心馆——总分馆”体系中的上级', 'Its parent in the central library–main/branch library network') } },
      ],
    },
    { name: 'summary', type: 'textarea', localized: true, label: label('一句话介绍', 'Summary') },
    { name: 'description', type: 'richText', localized: true, label: label('介绍', 'Description') },
    { name: 'address', type: 'text', localized: true, label: label('地址', 'Address') },
    {
      type: 'row',
      fields: [
        { name: 'latitude', type: 'number', min: -90, max: 90, label: label('纬度', 'Latitude') },
        { name: 'longitude', type: 'number', min: -180, max: 180, label: label('经度', 'Longitude') },
        { name: 'phone', type: 'text', label: label('电话', 'Phone') },
      ],
    },
    {
      name: 'openingHours',
      type: 'array',
      label: label('开放时间（每周）', 'Weekly opening hours'),
      labels: { singular: label('时段', 'Period'), plural: label('时段', 'Periods') },
      admin: { description: label('北京时间；某天不开放则不填', 'Beijing time; leave a closed day out') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'day', type: 'select', required: true, label: label('星期', 'Day'),
              options: WEEKDAYS.map((value, i) => ({ value, label: weekdayLabels[i] })) },
            { ...timeField('opens', '开馆', 'Opens'), required: true } as never,
            { ...timeField('closes', '闭馆', 'Closes'), required: true, validate: closesAfterOpens } as never,
          ],
        },
      ],
    },
    {
      name: 'hoursExceptions',
      type: 'array',
      label: label('节假日及例外', 'Holidays and exceptions'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'date', type: 'text', required: true, custom: CALENDAR_TEXT, label: label('日期', 'Date'), admin: { placeholder: '2013-02-10' },
              validate: (v: unknown) => /^\d{4}-\d{2}-\d{2}$/.test(String(v ?? '')) || `Date must be YYYY-MM-DD (got "${String(v ?? '')}")` },
            { name: 'closed', type: 'checkbox', label: label('闭馆', 'Closed') },
            timeField('opens', '开馆', 'Opens'),
            { ...timeField('closes', '闭馆', 'Closes'), validate: closesAfterOpens } as never,
          ],
        },
        { name: 'note', type: 'text', localized: true, label: label('说明', 'Note') },
      ],
    },
    {
      name: 'services',
      type: 'array',
      label: label('服务', 'Services'),
      fields: [{ name: 'name', type: 'text', localized: true, required: true, label: label('服务', 'Service') }],
    },
    {
      name: 'themes',
      type: 'array',
      label: label('主题', 'Themes'),
      fields: [
        { name: 'key', type: 'select', options: THEME_KEYS, label: label('主题', 'Theme') },
        { name: 'name', type: 'text', localized: true, required: true, label: label('名称', 'Name') },
        { name: 'description', type: 'textarea', localized: true, label: label('说明', 'Description') },
      ],
    },
    { name: 'photos', type: 'upload', relationTo: 'media', hasMany: true, label: label('照片', 'Photos') },
    dayField('openedOn', '开馆日期', 'Opened on'),
    sortOrderField(),
  ],
})
