import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";

export type CapturedMessage = {
  envelope: { from: string; to: string[] };
  raw: Buffer;
  parsed: ParsedMail;
};

export type CaptureServer = {
  port: number;
  messages: CapturedMessage[];
  /** Resolve once `count` messages have arrived; reject after `timeoutMs`. */
  waitForMessages(count: number, timeoutMs?: number): Promise<CapturedMessage[]>;
  close(): Promise<void>;
};

/**
 * A real SMTP server on 127.0.0.1 that keeps every message it accepts, parsed
 * with mailparser. Port 0 picks a free port. Extra smtp-server options (TLS,
 * AUTH handlers) pass through.
 */
export async function startCaptureServer(options: { port?: number } & SMTPServerOptions = {}): Promise<CaptureServer> {
  const { port = 0, ...serverOptions } = options;
  const messages: CapturedMessage[] = [];
  const waiters: (() => void)[] = [];

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: serverOptions.secure ? [] : ["STARTTLS"],
    logger: false,
    ...serverOptions,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", async () => {
        const raw = Buffer.concat(chunks);
        messages.push({
          envelope: {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
          },
          raw,
          parsed: await simpleParser(raw),
        });
        waiters.splice(0).forEach((wake) => wake());
        callback(null, "Message queued as test-" + messages.length);
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const boundPort = typeof address === "object" && address ? address.port : port;

  return {
    port: boundPort,
    messages,
    async waitForMessages(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        const remaining = deadline - Date.now();
        if (remaining <= 0) throw new Error(`expected ${count} messages, received ${messages.length}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, remaining);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return messages.slice(0, count);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
