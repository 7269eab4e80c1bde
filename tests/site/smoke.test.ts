import fs from 'node:fs'
import path from 'node:path'
import { expect, inject, it } from 'vitest'

it('builds', () => {
  const { fixture } = inject('sites')
  expect(fs.readFileSync(path.join(fixture.dist, 'zh/index.html'), 'utf8')).toContain('<html lang="zh-CN"')
})
