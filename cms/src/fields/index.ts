import type { Field, TextField } from 'payload'
import { label } from '../lib/labels'
import { storeAsShanghaiDay } from '../lib/time'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The stable public identifier: URLs, content/ file names and cross-references all use it. */
export const slugField = (): TextField => ({
  name: 'slug',
  type: 'text',
  label: label('网址标识', 'Slug'),
  required: true,
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: label(
      '小写英文、数字和连字符，如 third-cultural-space。发布后请勿修改，网址和引用依赖它。',
      'Lower-case letters, digits and hyphens, e.g. third-cultural-space. Keep it stable once published: URLs and references depend on it.',
    ),
  },
  validate: (value: unknown) =>
    typeof value === 'string' && SLUG_PATTERN.test(value)
      ? true
      : label('网址标识只能由小写字母、数字和连字符组成', 'Slug may hold only lower-case letters, digits and hyphens').en +
        ` ("${String(value ?? '')}")`,
})

export const sortOrderField = (): Field => ({
  name: 'sortOrder',
  type: 'number',
  label: label('排序', 'Sort order'),
  admin: { position: 'sidebar', description: label('数字小的排在前面', 'Lower numbers come first') },
})

/**
 * Calendar date with no time of day (stored as midnight UTC of the day in Shanghai). Shown in
 * Shanghai time (`timezone`), so an editor in another zone sees and picks the same day.
 */
export const dayField = (name: string, zh: string, en: string, extra: Partial<Field> = {}): Field =>
  ({
    name,
    type: 'date',
    label: label(zh, en),
    timezone: true,
    admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
    hooks: { beforeChange: [storeAsShanghaiDay] },
    ...extra,
  }) as Field

export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/
export const timeField = (name: string, zh: string, en: string): Field => ({
  name,
  type: 'text',
  label: label(zh, en),
  admin: { placeholder: '09:00', width: '25%' },
  validate: (value: unknown) =>
    value == null || value === '' || (typeof value === 'string' && TIME_PATTERN.test(value))
      ? true
      : `Time must be HH:MM in 24-hour form, e.g. 09:00 (got "${String(value)}")`,
})
