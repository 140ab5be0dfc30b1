import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The host name that the test server certificates are issued for. */
export const TEST_SMTP_HOSTNAME = "mail.bakery.test";

export type TestKeyPair = { key: string; cert: string };

export type TestCertificates = {
  /** PEM of the test CA that signed `server`, `otherName` and `expired`. */
  ca: string;
  /** Valid for mail.bakery.test, localhost and 127.0.0.1. */
  server: TestKeyPair;
  /** Valid, but only for other.bakery.test. */
  otherName: TestKeyPair;
  /** For mail.bakery.test and 127.0.0.1, valid only in January 2020. */
  expired: TestKeyPair;
  /** Self-signed, for mail.bakery.test and 127.0.0.1. */
  selfSigned: TestKeyPair;
};

let generated: Promise<TestCertificates> | undefined;

/**
 * Generates a CA and server certificates with the openssl CLI (P-256 keys),
 * once per test process.
 */
export function createTestCertificates(): Promise<TestCertificates> {
  generated ??= generate();
  return generated;
}

async function generate(): Promise<TestCertificates> {
  const folder = await mkdtemp(path.join(tmpdir(), "broodbode-certs-"));
  const file = (name: string) => path.join(folder, name);
  try {
    await run("openssl", [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-keyout",
      file("ca.key"),
      "-out",
      file("ca.crt"),
      "-days",
      "36500",
      "-subj",
      "/CN=Broodbode Test CA",
    ]);
    await writeFile(file("index.txt"), "");
    await writeFile(file("serial"), "01\n");

    const signed = (name: string, altNames: string, startDate: string, endDate: string) =>
      signWithCa(folder, name, altNames, startDate, endDate);
    const server = await signed(
      "server",
      `DNS:${TEST_SMTP_HOSTNAME},DNS:localhost,IP:127.0.0.1`,
      "20200101000000Z",
      "21000101000000Z",
    );
    const otherName = await signed("other", "DNS:other.bakery.test", "20200101000000Z", "21000101000000Z");
    const expired = await signed(
      "expired",
      `DNS:${TEST_SMTP_HOSTNAME},IP:127.0.0.1`,
      "20200101000000Z",
      "20200201000000Z",
    );

    await run("openssl", [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-keyout",
      file("self.key"),
      "-out",
      file("self.crt"),
      "-days",
      "36500",
      "-subj",
      `/CN=${TEST_SMTP_HOSTNAME}`,
      "-addext",
      `subjectAltName=DNS:${TEST_SMTP_HOSTNAME},IP:127.0.0.1`,
    ]);

    return {
      ca: await readFile(file("ca.crt"), "utf8"),
      server,
      otherName,
      expired,
      selfSigned: { key: await readFile(file("self.key"), "utf8"), cert: await readFile(file("self.crt"), "utf8") },
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Issues a leaf certificate with `openssl ca`, which, unlike `openssl x509`, accepts a start date. */
async function signWithCa(
  folder: string,
  name: string,
  altNames: string,
  startDate: string,
  endDate: string,
): Promise<TestKeyPair> {
  const file = (suffix: string) => path.join(folder, `${name}.${suffix}`);
  const config = [
    "[ca]",
    "default_ca = test_ca",
    "[test_ca]",
    `database = ${path.join(folder, "index.txt")}`,
    `new_certs_dir = ${folder}`,
    `serial = ${path.join(folder, "serial")}`,
    "default_md = sha256",
    "policy = any_policy",
    "unique_subject = no",
    "x509_extensions = leaf",
    "[any_policy]",
    "commonName = supplied",
    "[leaf]",
    `subjectAltName = ${altNames}`,
    "",
  ].join("\n");
  await writeFile(file("cnf"), config);

  await run("openssl", [
    "req",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:prime256v1",
    "-nodes",
    "-keyout",
    file("key"),
    "-out",
    file("csr"),
    "-subj",
    `/CN=${name}.bakery.test`,
  ]);
  await run("openssl", [
    "ca",
    "-batch",
    "-notext",
    "-config",
    file("cnf"),
    "-cert",
    path.join(folder, "ca.crt"),
    "-keyfile",
    path.join(folder, "ca.key"),
    "-in",
    file("csr"),
    "-out",
    file("crt"),
    "-startdate",
    startDate,
    "-enddate",
    endDate,
  ]);
  return { key: await readFile(file("key"), "utf8"), cert: await readFile(file("crt"), "utf8") };
}
