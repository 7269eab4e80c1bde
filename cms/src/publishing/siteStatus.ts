import type { GlobalConfig } from 'payload'
import { isStaff } from '../access'
import { label } from '../lib/labels'

/**
 * Where the public site stands, written by the site-update worker (never by editors) and read by
 * the admin's status panel and document badges. One record: the site is one thing.
 *
 * - `live`: the served site holds every published change;
 * - `pending`: a change is queued, waiting out the debounce window;
 * - `updating`: the worker is exporting, building and swapping;
 * - `failed`: the last update failed; the previous site still serves (see `problems`).
 *
 * A document's own badge is derived from this record and the document: published after
 * `lastSuccess.startedAt` → waiting/updating; named in `heldBack` → held back; else live.
 */
export const SITE_STATES = ['live', 'pending', 'updating', 'failed'] as const
export type SiteState = (typeof SITE_STATES)[number]

const problemFields = [
  { name: 'collection', type: 'text' as const, label: label('集合', 'Collection') },
  { name: 'slug', type: 'text' as const, label: label('网址标识', 'Slug') },
  { name: 'field', type: 'text' as const, label: label('字段', 'Field') },
  { name: 'messageZh', type: 'textarea' as const, label: label('原因（中文）', 'Reason (Chinese)') },
  { name: 'messageEn', type: 'textarea' as const, label: label('原因（英文）', 'Reason (English)') },
]

export const SiteStatus: GlobalConfig = {
  slug: 'site-status',
  label: label('网站更新状态', 'Site update status'),
  admin: { group: label('系统', 'System') },
  access: { read: isStaff, update: () => false },
  fields: [
    {
      name: 'state',
      type: 'select',
      defaultValue: 'live',
      options: [
        { value: 'live', label: label('已上线', 'Live') },
        { value: 'pending', label: label('等待更新', 'Waiting for update') },
        { value: 'updating', label: label('正在更新', 'Updating') },
        { value: 'failed', label: label('更新失败', 'Failed') },
      ],
      label: label('状态', 'State'),
    },
    { name: 'pendingSince', type: 'date', label: label('等待自', 'Waiting since') },
    {
      name: 'lastSuccess',
      type: 'group',
      label: label('最近一次成功更新', 'Last successful update'),
      fields: [
        { name: 'startedAt', type: 'date', label: label('开始', 'Started') },
        { name: 'finishedAt', type: 'date', label: label('完成', 'Finished') },
        { name: 'seconds', type: 'number', label: label('用时（秒）', 'Seconds') },
      ],
    },
    { name: 'lastAttemptAt', type: 'date', label: label('最近一次尝试', 'Last attempt') },
    {
      name: 'problems',
      type: 'array',
      label: label('问题', 'Problems'),
      admin: { description: label('最近一次更新失败的原因', 'Why the last update failed') },
      fields: problemFields,
    },
    {
      name: 'heldBack',
      type: 'array',
      label: label('暂缓上线的文档', 'Documents held back'),
      admin: { description: label('导出时仍不合格的文档及依赖它们的文档；其余内容照常上线', 'Documents the export still refuses, and those that depend on them; everything else went live') },
      fields: problemFields,
    },
  ],
}
