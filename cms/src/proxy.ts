import { NextResponse, type NextRequest } from 'next/server'

/**
 * The admin speaks French unless a user chose English: Payload picks the language from the
 * `payload-lng` cookie, then the browser's Accept-Language; we set the cookie to French on a
 * first visit so that an English-language browser still opens the admin in French.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has('payload-lng')) return NextResponse.next()
  const headers = new Headers(request.headers)
  const cookie = headers.get('cookie')
  headers.set('cookie', cookie ? `${cookie}; payload-lng=fr` : 'payload-lng=fr')
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set('payload-lng', 'fr', {
    path: '/',
    sameSite: 'lax',
    maxAge: 60 * 60 * 24 * 365,
  })
  return response
}

export const config = { matcher: ['/admin/:path*'] }
