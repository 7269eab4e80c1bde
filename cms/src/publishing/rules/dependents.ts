import type { Field, PayloadRequest } from 'payload'
import { dataFields } from '../../lib/fieldTree'
import { findPublishedWhere } from './lookup'
import { collectionLabel, hasDrafts, MAY_POINT_AT_DRAFTS } from './references'
import type { Id, Problem } from './types'
import { problem } from './types'

/** Query paths (`contributors.contributor`) of the relations in a field list that point at `target`. */
function pathsTo(fields: Field[], target: string, prefix = ''): string[] {
  return dataFields(fields).flatMap((field) => {
    const at = `${prefix}${field.name}`
    if ((field.type === 'relationship' || field.type === 'upload') && [field.relationTo].flat().includes(target as never)) return [at]
    if (field.type === 'group' || field.type === 'array') return pathsTo(field.fields, target, `${at}.`)
    return []
  })
}

/** Published documents that point at `collection` #`id`, named `collection/slug`. */
export async function publishedDependents(req: PayloadRequest, collection: string, id: Id): Promise<string[]> {
  const names: string[] = []
  for (const source of req.payload.config.collections) {
    if (!hasDrafts(req, source.slug)) continue
    const paths = pathsTo(source.fields, collection).filter((p) => !MAY_POINT_AT_DRAFTS.has(`${source.slug}:${p}`))
    if (paths.length === 0) continue
    const where = { or: paths.map((p) => ({ [p]: { equals: id } })) }
    const docs = await findPublishedWhere(req, source.slug, where, { slug: true })
    names.push(...docs.filter((d) => !(source.slug === collection && String(d.id) === String(id))).map((d) => `${source.slug}/${String(d.slug)}`))
  }
  return names
}

/** Refusal of an unpublish or a delete that would leave published documents pointing at nothing. */
export async function dependentsProblem(req: PayloadRequest, collection: string, id: Id, action: 'unpublish' | 'delete'): Promise<Problem | undefined> {
  const dependents = await publishedDependents(req, collection, id)
  if (dependents.length === 0) return undefined
  const list = dependents.join(', ')
  const name = collectionLabel(req, collection)
  return action === 'unpublish'
    ? problem('_status', `已发布的内容仍引用这个${name.zh}：${list}。请先修改或撤回它们`, `Published documents still point at this ${name.en.toLowerCase()}: ${list}. Change or unpublish them first`)
    : problem('id', `已发布的内容仍引用这个${name.zh}：${list}。请先修改或撤回它们，再删除`, `Published documents still point at this ${name.en.toLowerCase()}: ${list}. Change or unpublish them before deleting it`)
}
