import type { Payload } from 'payload'
import { SITE_QUEUE } from '../../../cms/src/jobs'

/**
 * One round of the single runner: at most one site update (they must not overlap: one live link),
 * then the default queue, where Payload's scheduled publishing lands (a scheduled publish then
 * queues a site update through the same hooks as a manual one). Returns the site updates run.
 */
export async function runQueuesOnce(payload: Payload) {
  const site = await payload.jobs.run({ queue: SITE_QUEUE, limit: 1, sequential: true, silent: { info: true } as never })
  await payload.jobs.run({ queue: 'default', limit: 10, sequential: true, silent: { info: true } as never })
  return Object.keys(site.jobStatus ?? {}).length
}

/** Runs the queues every `intervalMs` until stopped; a round never overlaps the next. */
export function startWorker(payload: Payload, { intervalMs = 1000, onRound }: { intervalMs?: number; onRound?: (updates: number) => void } = {}) {
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let current: Promise<void> = Promise.resolve()
  const round = () => {
    current = runQueuesOnce(payload)
      .then((updates) => onRound?.(updates))
      .catch((error) => console.error(`[worker] ${(error as Error).message}`))
      .finally(() => {
        if (!stopped) timer = setTimeout(round, intervalMs)
      })
  }
  round()
  return async () => {
    stopped = true
    clearTimeout(timer)
    await current
  }
}
