import type { Field } from 'payload'

/** Data fields of a field list, with layout-only wrappers (row, collapsible) flattened away and ui fields left out. */
export function dataFields(fields: Field[]): Array<Field & { name: string }> {
  return fields.flatMap((field) => {
    if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) return dataFields(field.fields)
    // A ui field is admin furniture (a live counter, say): it holds no data.
    return 'name' in field && field.name && field.type !== 'ui' ? [field as Field & { name: string }] : []
  })
}

export const isEmpty = (value: unknown): boolean =>
  value == null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.keys(value as object).length === 0)

/** For each localized field of a locale:'all' document, which locales hold a value. */
export function localizedPresence(fields: Field[], doc: Record<string, unknown>, locales: readonly string[]) {
  const present = new Map<string, number>(locales.map((l) => [l, 0]))
  let localizedCount = 0
  const walk = (fs: Field[], data: Record<string, unknown> | undefined) => {
    for (const field of dataFields(fs)) {
      const value = data?.[field.name]
      if ('localized' in field && field.localized) {
        const byLocale = (value ?? {}) as Record<string, unknown>
        if (locales.every((l) => isEmpty(byLocale[l]))) continue
        localizedCount++
        for (const l of locales) if (!isEmpty(byLocale[l])) present.set(l, present.get(l)! + 1)
      } else if (field.type === 'group') {
        walk(field.fields, value as Record<string, unknown>)
      } else if (field.type === 'array' && Array.isArray(value)) {
        for (const row of value) walk(field.fields, row as Record<string, unknown>)
      }
    }
  }
  walk(fields, doc)
  return { localizedCount, present }
}

/**
 * A locale:'all' document with one locale's incoming data laid over it: what the document will
 * hold in every locale once `data` (written in `locale`) is saved. Array rows pair by id.
 */
export function overlayLocale(
  fields: Field[],
  all: Record<string, unknown> | undefined,
  data: Record<string, unknown> | undefined,
  locale: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(all ?? {}) }
  for (const field of dataFields(fields)) {
    if (!data || !(field.name in data)) continue
    const incoming = data[field.name]
    if ('localized' in field && field.localized) {
      out[field.name] = { ...((all?.[field.name] as object) ?? {}), [locale]: incoming }
    } else if (field.type === 'group') {
      out[field.name] = overlayLocale(field.fields, all?.[field.name] as never, incoming as never, locale)
    } else if (field.type === 'array' && Array.isArray(incoming)) {
      const rows = (all?.[field.name] as Record<string, unknown>[] | undefined) ?? []
      // Payload keeps a row's other locales only when the save sends the row's id; without one it is a new row.
      const storedRow = (row: Record<string, unknown>) => (row?.id == null ? undefined : rows.find((r) => r.id === row.id))
      out[field.name] = incoming.map((row) => overlayLocale(field.fields, storedRow(row), row, locale))
    } else {
      out[field.name] = incoming
    }
  }
  return out
}
