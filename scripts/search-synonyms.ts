import fs from 'node:fs'
import path from 'node:path'
import { searchSynonymGroups, searchSynonymsJson } from '../site/src/lib/termbase'
import { SYNONYMS_FILE } from '../site/src/lib/search/synonyms'

/**
 * `npm run synonyms`: writes content/search-synonyms.json from the termbase's synonyms, so the
 * termbase is the one source. The search page loads the small generated list instead of the whole
 * termbase; tests/termbase.test.ts fails when the committed list is not what this writes.
 */
const target = path.resolve(import.meta.dirname, '..', SYNONYMS_FILE)
fs.writeFileSync(target, searchSynonymsJson())
console.log(`${path.relative(process.cwd(), target)}: ${searchSynonymGroups().length} groups`)
