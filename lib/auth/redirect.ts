/**
 * The path to go to after sign-in: only a path on this site. Browsers read a
 * backslash as a slash, so "/\evil.example" would leave the site; anything
 * that resolves to another origin becomes "/".
 */
export function safeRedirectTarget(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/")) return "/";
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return "/";
  const base = "http://broodbode.invalid";
  const resolved = new URL(value, base);
  if (resolved.origin !== base) return "/";
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
