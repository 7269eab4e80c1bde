import { withBoundedReads } from '../api/bounds'
import { withInputGuard } from '../validation/guard'
import { Articles } from './Articles'
import { Branches } from './Branches'
import { Contributors } from './Contributors'
import { Events } from './Events'
import { Festivals } from './Festivals'
import { Issues } from './Issues'
import { Journals } from './Journals'
import { Media } from './Media'
import { Pages } from './Pages'
import { Series } from './Series'
import { Users } from './Users'

/** Content collections, in the order the seed loads them (targets of relations first). */
export const contentCollections = [Media, Contributors, Journals, Branches, Festivals, Series, Issues, Articles, Events, Pages]
  .map(withBoundedReads)
  .map(withInputGuard)

export const collections = [...contentCollections, withInputGuard(withBoundedReads(Users))]
