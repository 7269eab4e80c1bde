import { NextResponse, type NextRequest } from 'next/server'
import { adminContentSecurityPolicy } from '../security-headers.mjs'

/**
 * Every admin page gets a Content-Security-Policy with a nonce of its own. Next reads the policy
 * from the request headers and puts the nonce on the scripts it renders; the browser runs no
 * other inline script.
 */
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID())
  const policy = adminContentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === 'development' })
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', policy)
  return response
}

export const config = {
  // Pages, not the API (next.config.mjs gives it a policy that allows nothing) or static files.
  matcher: ['/((?!api/|_next/static|_next/image|favicon.ico).*)'],
}
