export { auth as proxy } from "@/lib/auth/auth";

export const config = {
  // Everything but static files; API routes check the session themselves.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|fonts/).*)"],
};
