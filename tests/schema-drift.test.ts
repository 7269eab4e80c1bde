import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { collectionConfig, CONTENT_COLLECTIONS, contentFields } from '../cms/src/content/model'
import { dataFields } from '../cms/src/lib/fieldTree'
import { schemas } from '../site/src/lib/schemas'
import { REPO, tempDir } from './helpers/cms'

/**
 * One content model: Payload's collections (and payload-types.ts generated from them) are the
 * source; the site's Zod schemas must describe the same snapshot documents. Both sides are
 * reduced to a plain shape: key → kind, with "?" marking what a document may leave out.
 */
type Shape = { [key: string]: string | Shape | [Shape] }

const leafKind = (field: Field & { name: string }): string => {
  const many = 'hasMany' in field && field.hasMany
  const kind = field.type === 'number' ? 'number' : field.type === 'checkbox' ? 'boolean' : 'string'
  return many ? `${kind}[]` : kind
}

function payloadShape(fields: Array<Field & { name: string }>): Shape {
  const shape: Shape = {}
  for (const field of fields) {
    const required = 'required' in field && field.required && field.name !== 'en'
    const key = required ? field.name : `${field.name}?`
    let kind: Shape[string]
    if (field.type === 'array') kind = [payloadShape(dataFields(field.fields).filter((f) => f.name !== 'id'))]
    else if (field.type === 'group') kind = payloadShape(dataFields(field.fields))
    else kind = leafKind(field)
    if ('localized' in field && field.localized) kind = { [required ? 'zh' : 'zh?']: kind, 'en?': kind } as Shape
    shape[key] = kind
  }
  return shape
}

type ZodLike = { _zod: { def: Record<string, unknown> & { type: string } } }
function zodShape(schema: ZodLike): Shape[string] {
  const def = schema._zod.def
  switch (def.type) {
    case 'object': {
      const out: Shape = {}
      for (const [key, value] of Object.entries(def.shape as Record<string, ZodLike>)) {
        const optional = ['optional', 'default'].includes(value._zod.def.type)
        out[optional ? `${key}?` : key] = zodShape(value)
      }
      return out
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return zodShape(def.innerType as ZodLike)
    case 'pipe':
      return zodShape(def.in as ZodLike)
    case 'array': {
      const inner = zodShape(def.element as ZodLike)
      return typeof inner === 'string' ? `${inner}[]` : [inner as Shape]
    }
    case 'number':
      return 'number'
    case 'boolean':
      return 'boolean'
    case 'string':
    case 'enum':
    case 'literal':
    case 'date':
      return 'string'
    default:
      throw new Error(`schema-drift: no rule for Zod type "${def.type}"`)
  }
}

describe('site schemas match the Payload collections', () => {
  for (const collection of CONTENT_COLLECTIONS) {
    it(collection, () => {
      const fields = contentFields(collectionConfig(collection))
      const site = (schemas as Record<string, ZodLike>)[collection]
      expect(site, `site/src/lib/schemas.ts has no schema for "${collection}"`).toBeDefined()
      expect(zodShape(site)).toEqual(payloadShape(fields))
    })
  }
})

describe('payload-types.ts', () => {
  it('is what the collections generate today (run `npm run generate:types` after changing them)', () => {
    const out = path.join(tempDir('types'), 'payload-types.ts')
    const result = spawnSync(path.join(REPO, 'node_modules/.bin/payload'), ['generate:types'], {
      cwd: path.join(REPO, 'cms'),
      env: { ...process.env, PAYLOAD_TYPES_OUT: out },
      encoding: 'utf8',
    })
    expect(result.status, result.stderr).toBe(0)
    expect(fs.readFileSync(out, 'utf8')).toBe(fs.readFileSync(path.join(REPO, 'cms/src/payload-types.ts'), 'utf8'))
  })
})
