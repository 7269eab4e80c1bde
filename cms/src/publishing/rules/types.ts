import type { Field, PayloadRequest } from 'payload'
import type { Locale } from '../../lib/labels'

/** A refusal, on one field (Payload's path: `contributors.0.contributor`), in both admin languages. */
export type Problem = { path: string; message: Record<Locale, string> }

/** What a rule sees: the document as it will stand once published, every locale (`{ zh, en }`). */
export type PublishContext = {
  collection: string
  fields: Field[]
  id?: number | string
  doc: Record<string, unknown>
  req: PayloadRequest
}

export type PublishRule = (ctx: PublishContext) => Promise<Problem[]> | Problem[]

export const problem = (path: string, zh: string, en: string): Problem => ({ path, message: { zh, en } })

export type Id = number | string
export const idOf = (ref: unknown): Id | undefined =>
  ref == null || ref === '' ? undefined : typeof ref === 'object' ? ((ref as { id?: Id; value?: Id }).id ?? (ref as { value?: Id }).value) : (ref as Id)
