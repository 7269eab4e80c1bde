/**
 * A sliding-window limiter kept in memory: at most `limit` hits per key within `windowMs`.
 * In memory on purpose: the CMS runs as one process, and a restart forgetting the counts is
 * harmless because Payload's own lock (maxLoginAttempts, in the database) still bounds slow guessing.
 */
export type LimitVerdict = { allowed: true } | { allowed: false; retryAfterMs: number }

export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>()

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a hit for `key` unless the key is already at its limit. */
  hit(key: string): LimitVerdict {
    const recent = this.recent(key)
    if (recent.length >= this.limit) return { allowed: false, retryAfterMs: recent[0] + this.windowMs - this.now() }
    recent.push(this.now())
    this.hits.set(key, recent)
    return { allowed: true }
  }

  /** Forgets a key (a successful login clears its account's failures). */
  reset(key: string) {
    this.hits.delete(key)
  }

  clear() {
    this.hits.clear()
  }

  private recent(key: string): number[] {
    const cutoff = this.now() - this.windowMs
    const recent = (this.hits.get(key) ?? []).filter((t) => t > cutoff)
    if (recent.length) this.hits.set(key, recent)
    else this.hits.delete(key) // keys of idle clients must not pile up in memory
    return recent
  }
}
