/**
 * Tells Netlify a new site is live: one POST to the build hook (NETLIFY_BUILD_HOOK) per successful
 * update. What Netlify's own build then publishes is decided by the site's netlify.toml (README:
 * "Netlify"); a hook that fails is reported, it does not undo the local update.
 */
export async function notifyNetlify(hook = process.env.NETLIFY_BUILD_HOOK): Promise<string | undefined> {
  if (!hook) return undefined
  const response = await fetch(hook, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' }, signal: AbortSignal.timeout(15_000) })
  if (!response.ok) throw new Error(`Netlify build hook answered ${response.status}`)
  return hook
}
