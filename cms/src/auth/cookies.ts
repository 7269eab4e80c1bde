/**
 * Session cookie settings. `Secure` whenever the CMS is served over HTTPS (CMS_URL, which is also
 * Payload's serverURL): a browser then never sends the session over plain HTTP. Plain
 * http://localhost keeps working for local use. `Lax`: the cookie is not sent on cross-site
 * subrequests (CSRF), but following a link to the admin keeps the editor signed in.
 */
export function sessionCookies(env: NodeJS.ProcessEnv = process.env): { secure: boolean; sameSite: 'Lax' } {
  return { secure: (env.CMS_URL ?? '').trim().toLowerCase().startsWith('https://'), sameSite: 'Lax' }
}
