import { isIP } from "node:net";
import { Resolver } from "node:dns/promises";
import type { MxRecord } from "node:dns";

/** Environment variable with DNS servers that replace the system's, e.g. "127.0.0.1:5353,[::1]:53". */
export const DNS_SERVERS_VARIABLE = "BROODBODE_DNS_SERVERS";

/**
 * DNS lookups for the mail diagnostics. Errors are Node's: code ENOTFOUND
 * (no such name), ENODATA (no record of that type), ETIMEOUT, ESERVFAIL, ….
 */
export type DnsResolver = {
  /** The servers queried, in `setServers()` notation. */
  servers(): string[];
  resolve4(name: string): Promise<string[]>;
  resolve6(name: string): Promise<string[]>;
  resolveTxt(name: string): Promise<string[][]>;
  resolveMx(name: string): Promise<MxRecord[]>;
  resolvePtr(name: string): Promise<string[]>;
  /** Resolves by record type name ("A", "TXT", …), the resolver signature mailauth accepts. */
  resolve(name: string, rrtype: string): Promise<string[] | string[][] | MxRecord[]>;
  /** A and AAAA addresses of a host (an IP literal returns itself); rejects with ENOTFOUND when it has none. */
  lookupAddresses(host: string): Promise<string[]>;
};

export type DnsResolverOptions = {
  /** Servers in `setServers()` notation. The default is BROODBODE_DNS_SERVERS, or the system's when it is unset. */
  servers?: string[];
  /** Time per query attempt in milliseconds. */
  timeoutMs?: number;
  /** Attempts per server before giving up. */
  tries?: number;
};

/** Parses BROODBODE_DNS_SERVERS (comma- or space-separated), or returns undefined when it is unset or empty. */
export function dnsServersFromEnvironment(env: Record<string, string | undefined> = process.env): string[] | undefined {
  const servers = (env[DNS_SERVERS_VARIABLE] ?? "")
    .split(/[\s,]+/)
    .map((server) => server.trim())
    .filter(Boolean);
  return servers.length > 0 ? servers : undefined;
}

/** Creates a resolver on node:dns/promises that queries the given servers, or the system's. */
export function createDnsResolver(options: DnsResolverOptions = {}): DnsResolver {
  const resolver = new Resolver({ timeout: options.timeoutMs ?? 5_000, tries: options.tries ?? 2 });

  const servers = options.servers ?? dnsServersFromEnvironment();
  if (servers) {
    try {
      resolver.setServers(servers);
    } catch (error) {
      const source = options.servers ? "servers option" : DNS_SERVERS_VARIABLE;
      throw new Error(
        `Invalid DNS server list in ${source}: ${servers.join(", ")}. Use entries like 127.0.0.1:5353 or [::1]:53.`,
        {
          cause: error,
        },
      );
    }
  }

  const resolve = (name: string, rrtype: string): Promise<string[] | string[][] | MxRecord[]> => {
    switch (rrtype.toUpperCase()) {
      case "A":
        return resolver.resolve4(name);
      case "AAAA":
        return resolver.resolve6(name);
      case "TXT":
        return resolver.resolveTxt(name);
      case "MX":
        return resolver.resolveMx(name);
      case "PTR":
        return resolver.resolvePtr(name);
      default:
        return Promise.reject(new Error(`Unsupported DNS record type ${rrtype} for ${name}.`));
    }
  };

  return {
    servers: () => resolver.getServers(),
    resolve4: (name) => resolver.resolve4(name),
    resolve6: (name) => resolver.resolve6(name),
    resolveTxt: (name) => resolver.resolveTxt(name),
    resolveMx: (name) => resolver.resolveMx(name),
    resolvePtr: (name) => resolver.resolvePtr(name),
    resolve,
    lookupAddresses: (host) => lookupAddresses(resolver, host),
  };
}

/** Returns true for the DNS error codes that mean "no such record" rather than a failed lookup. */
export function isNoRecordError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "ENOTFOUND" || code === "ENODATA";
}

async function lookupAddresses(resolver: Resolver, host: string): Promise<string[]> {
  if (isIP(host)) return [host];

  const [ipv4, ipv6] = await Promise.allSettled([resolver.resolve4(host), resolver.resolve6(host)]);
  const addresses = [
    ...(ipv4.status === "fulfilled" ? ipv4.value : []),
    ...(ipv6.status === "fulfilled" ? ipv6.value : []),
  ];
  if (addresses.length > 0) return addresses;

  // A lookup that failed for another reason than "no record" (a timeout, SERVFAIL) is reported as such.
  for (const outcome of [ipv4, ipv6]) {
    if (outcome.status === "rejected" && !isNoRecordError(outcome.reason)) throw outcome.reason;
  }
  const error = new Error(`queryA ENOTFOUND ${host}`) as Error & { code: string; hostname: string };
  error.code = "ENOTFOUND";
  error.hostname = host;
  throw error;
}
