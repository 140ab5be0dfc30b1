import { isIPv6 } from "node:net";

/** A mail provider whose SMTP servers are covered by one published SPF include. */
export type SpfProvider = { id: string; include: string };

/**
 * SMTP hosts of providers with their documented SPF include. Only providers
 * whose include is certain are listed. For any other host (Dutch ISPs such
 * as Ziggo or KPN included) the suggestion names the host's addresses with
 * ip4:/ip6:.
 */
const SPF_PROVIDERS: { id: string; hosts: RegExp; include: string }[] = [
  {
    id: "office365",
    hosts: /(^|\.)office365\.com$|\.protection\.outlook\.com$/,
    include: "spf.protection.outlook.com",
  },
  { id: "google", hosts: /(^|\.)gmail\.com$|(^|\.)googlemail\.com$|(^|\.)google\.com$/, include: "_spf.google.com" },
  { id: "amazon_ses", hosts: /^email-smtp\.[a-z0-9-]+\.amazonaws\.com$/, include: "amazonses.com" },
  { id: "sendgrid", hosts: /(^|\.)sendgrid\.net$/, include: "sendgrid.net" },
  { id: "mailgun", hosts: /(^|\.)mailgun\.org$/, include: "mailgun.org" },
  { id: "mailjet", hosts: /(^|\.)mailjet\.com$/, include: "spf.mailjet.com" },
];

/** Finds the provider that runs `smtpHost`, when it is one from the table. */
export function findSpfProvider(smtpHost: string): SpfProvider | undefined {
  const host = smtpHost.toLowerCase().replace(/\.$/, "");
  const match = SPF_PROVIDERS.find((provider) => provider.hosts.test(host));
  return match ? { id: match.id, include: match.include } : undefined;
}

/** Returns the `ip4:`/`ip6:` mechanism that authorizes exactly one address. */
export function addressMechanism(address: string): string {
  return isIPv6(address) ? `ip6:${address}` : `ip4:${address}`;
}

/** Returns true when `record` already contains `mechanism`, ignoring case and a leading "+". */
export function recordHasMechanism(record: string, mechanism: string): boolean {
  const expected = mechanism.toLowerCase();
  return record
    .trim()
    .split(/\s+/)
    .some((term) => term.toLowerCase().replace(/^\+/, "") === expected);
}

/**
 * Adds the mechanisms that `record` lacks, before its `all` (evaluation stops
 * there, so anything after it never counts), or at the end of a record
 * without one. Without a record, starts a new one ending in `~all`.
 */
export function addMechanisms(record: string | null, mechanisms: string[]): string {
  if (!record) return ["v=spf1", ...mechanisms, "~all"].join(" ");

  const terms = record.trim().split(/\s+/);
  const missing = mechanisms.filter((mechanism) => !recordHasMechanism(record, mechanism));
  const allIndex = terms.findIndex((term) => /^[-~?+]?all$/i.test(term));
  const insertAt = allIndex >= 0 ? allIndex : terms.length;
  return [...terms.slice(0, insertAt), ...missing, ...terms.slice(insertAt)].join(" ");
}
