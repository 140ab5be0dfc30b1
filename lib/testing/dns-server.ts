import { createSocket, type RemoteInfo } from "node:dgram";
import * as dnsPacket from "dns-packet";
import type { Answer, Packet, Question } from "dns-packet";

/** Records of one name. A query for a name missing from the zone gets NXDOMAIN, for a missing type NODATA. */
export type TestDnsRecords = {
  A?: string[];
  AAAA?: string[];
  /** Each entry is one TXT record. An array is a record of several strings. */
  TXT?: (string | string[])[];
  MX?: { exchange: string; priority: number }[];
  PTR?: string[];
  /** Reply to every query for this name with SERVFAIL. */
  servfail?: boolean;
};

export type TestDnsZone = Record<string, TestDnsRecords>;

export type TestDnsServer = {
  host: "127.0.0.1";
  port: number;
  /** The address in `setServers()` notation, e.g. "127.0.0.1:40123". */
  address: string;
  /** Questions received, as "TYPE name", in order. */
  queries: string[];
  close(): Promise<void>;
};

// Response codes (RFC 1035) sit in the low four bits of the header flags.
const RCODE_SERVFAIL = 2;
const RCODE_NXDOMAIN = 3;

/** Starts an authoritative DNS server over UDP on 127.0.0.1 that answers from `zone`. */
export async function startTestDnsServer(zone: TestDnsZone): Promise<TestDnsServer> {
  const records = new Map(Object.entries(zone).map(([name, value]) => [normalizeName(name), value]));
  const queries: string[] = [];
  const socket = createSocket("udp4");

  socket.on("message", (message: Buffer, remote: RemoteInfo) => {
    let query: Packet;
    try {
      query = dnsPacket.decode(message);
    } catch {
      return;
    }
    const question = query.questions?.[0];
    if (!question) return;
    queries.push(`${question.type} ${normalizeName(question.name)}`);

    const response = dnsPacket.encode(answer(query, question, records.get(normalizeName(question.name))));
    socket.send(response, remote.port, remote.address);
  });

  await new Promise<void>((resolve, reject) => {
    socket.once("error", reject);
    socket.bind(0, "127.0.0.1", () => {
      socket.off("error", reject);
      resolve();
    });
  });
  const port = socket.address().port;

  return {
    host: "127.0.0.1",
    port,
    address: `127.0.0.1:${port}`,
    queries,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}

function answer(query: Packet, question: Question, entry: TestDnsRecords | undefined): Packet {
  const response: Packet = {
    type: "response",
    id: query.id,
    flags: dnsPacket.AUTHORITATIVE_ANSWER | ((query.flags ?? 0) & dnsPacket.RECURSION_DESIRED),
    questions: [question],
    answers: [],
  };
  if (!entry) return { ...response, flags: (response.flags ?? 0) | RCODE_NXDOMAIN };
  if (entry.servfail) return { ...response, flags: (response.flags ?? 0) | RCODE_SERVFAIL };

  const name = question.name;
  const ttl = 60;
  const answers: Answer[] = [];
  switch (question.type) {
    case "A":
      for (const data of entry.A ?? []) answers.push({ type: "A", name, ttl, data });
      break;
    case "AAAA":
      for (const data of entry.AAAA ?? []) answers.push({ type: "AAAA", name, ttl, data });
      break;
    case "TXT":
      for (const record of entry.TXT ?? []) answers.push({ type: "TXT", name, ttl, data: splitTxt(record) });
      break;
    case "MX":
      for (const mx of entry.MX ?? [])
        answers.push({ type: "MX", name, ttl, data: { preference: mx.priority, exchange: mx.exchange } });
      break;
    case "PTR":
      for (const data of entry.PTR ?? []) answers.push({ type: "PTR", name, ttl, data });
      break;
  }
  return { ...response, answers };
}

/** A TXT character-string contains at most 255 bytes, so longer texts become several strings. */
function splitTxt(record: string | string[]): string[] {
  const strings: string[] = [];
  for (const text of Array.isArray(record) ? record : [record]) {
    for (let start = 0; start < text.length || start === 0; start += 255) {
      strings.push(text.slice(start, start + 255));
    }
  }
  return strings;
}

function normalizeName(name: string): string {
  return name.toLowerCase().replace(/\.$/, "");
}
