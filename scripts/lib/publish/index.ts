/**
 * One site update, from the CMS to what readers see:
 *   export (read-only, tolerant) → print changed issues → build into a new folder → swap live
 *   → tell Netlify → site-status.
 * A failure anywhere leaves the previous site serving and the reason in site-status.
 */
import fs from 'node:fs'
import type { Payload } from 'payload'
import { exportSnapshotTolerant } from '../../../cms/src/content/export'
import { buildSite } from './build'
import { deployToNetlify, notifyNetlify } from './netlify'
import { publishPaths } from './paths'
import { printChangedIssues } from './print'
import { heldBackRow, problemsOf, updateWaiting, writeStatus } from './status'
import { liveBuild, newBuildDir, swapLive } from './swap'

export type UpdateResult = { build: string; seconds: number; heldBack: number; printed: string[]; steps: Record<string, number> }

export type UpdateOptions = { log?: (line: string) => void; print?: boolean }

export async function updateSite(payload: Payload, { log = (line) => console.log(`[site update] ${line}`), print = process.env.SITE_UPDATE_PRINT !== '0' }: UpdateOptions = {}): Promise<UpdateResult> {
  const paths = publishPaths()
  const started = new Date()
  const steps: Record<string, number> = {}
  const timed = async <T>(step: string, run: () => Promise<T> | T): Promise<T> => {
    const t = performance.now()
    const result = await run()
    steps[step] = Math.round(performance.now() - t) / 1000
    return result
  }
  await writeStatus(payload, { state: 'updating', lastAttemptAt: started.toISOString() })
  let build: string | undefined
  try {
    const { set, heldBack } = await timed('export', () => exportSnapshotTolerant(payload, paths.snapshot))
    for (const h of heldBack) log(`held back: ${h.collection}/${h.slug}${h.field ? ` → ${h.field}` : ''}: ${h.problem}`)
    const printing = print ? await timed('print (new issues)', () => printChangedIssues(paths.snapshot, set, paths.printCache, log)) : undefined
    build = newBuildDir(paths.sites)
    // Reprints of changed issues run beside the build and need not hold it back (print.ts).
    await timed('build', () => buildSite(paths, build!))
    await timed('swap', () => swapLive(paths.live, build!, paths.sites))
    const seconds = Math.round((Date.now() - started.getTime()) / 100) / 10
    const done = { startedAt: started.toISOString(), finishedAt: new Date().toISOString(), seconds }
    await writeStatus(payload, { state: (await updateWaiting(payload)) ? 'pending' : 'live', lastSuccess: done, problems: [], heldBack: heldBack.map(heldBackRow) })
    const printed = await timed('print (beside the build)', () => printing?.done ?? [])
    printing?.install(build)
    const hook = await timed('netlify', () => notifyNetlify().catch((error: Error) => log(`Netlify: ${error.message}`)))
    if (hook) log('Netlify build hook called')
    const deployed = await timed('netlify deploy', () => deployToNetlify(build!).catch((error: Error) => log(`Netlify deploy: ${error.message}`)))
    if (deployed) log(`deployed to Netlify (deploy ${deployed.id}, ${deployed.uploaded} files uploaded)`)
    log(`live in ${seconds} s (${Object.entries(steps).map(([s, t]) => `${s} ${t} s`).join(', ')})`)
    return { build, seconds, heldBack: heldBack.length, printed, steps }
  } catch (error) {
    if (build && liveBuild(paths.live) !== build) fs.rmSync(build, { recursive: true, force: true })
    await writeStatus(payload, { state: 'failed', problems: problemsOf(error) })
    log(`failed; the previous site still serves: ${(error as Error).message}`)
    throw error
  }
}
