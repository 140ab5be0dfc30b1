import { NextResponse, type NextRequest } from "next/server";

// Session cookie names of next-auth v5: the __Secure- prefix is used over HTTPS.
const sessionCookies = ["authjs.session-token", "__Secure-authjs.session-token"];
const publicPaths = ["/sign-in", "/invite", "/api/"];

/**
 * Send visitors without a session cookie to the sign-in page. This is only an
 * optimistic check: pages, Server Actions and route handlers verify the
 * session themselves. The proxy deliberately does not run next-auth's auth(),
 * because that re-issues the session cookie on every request, and a prefetch
 * answered after sign-out would then sign the user back in.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  if (publicPaths.some((path) => pathname.startsWith(path))) return NextResponse.next();
  if (sessionCookies.some((name) => request.cookies.has(name))) return NextResponse.next();

  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Everything but static files.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|fonts/).*)"],
};
