import { label } from './labels'

export const ROLES = ['admin', 'journal-editor', 'branch-editor', 'festival-editor'] as const
export type Role = (typeof ROLES)[number]

export const roleOptions = [
  { value: 'admin', label: label('管理员', 'Administrator') },
  { value: 'journal-editor', label: label('期刊编辑', 'Journal editor') },
  { value: 'branch-editor', label: label('分馆编辑', 'Branch editor') },
  { value: 'festival-editor', label: label('学习节编辑', 'Festival editor') },
]
