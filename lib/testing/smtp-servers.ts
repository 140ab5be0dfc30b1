import { createServer, type Server, type Socket } from "node:net";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";

export type ReceivedMessage = { from: string; to: string[]; raw: string };

export type TestSmtpServer = {
  host: "127.0.0.1";
  port: number;
  /** Messages accepted through DATA, in order. */
  messages: ReceivedMessage[];
  /** Usernames and passwords that clients authenticated with (right or wrong). */
  logins: { method: string; username: string; password: string }[];
  close(): Promise<void>;
};

/** Creates an error that smtp-server sends as the reply `<responseCode> <message>`. */
export function smtpReply(responseCode: number, message: string): Error & { responseCode: number } {
  return Object.assign(new Error(message), { responseCode });
}

/**
 * Starts an in-process smtp-server on 127.0.0.1 with an ephemeral port.
 * Defaults: no reverse DNS lookup of the client, optional AUTH, and no
 * automatic enhanced status codes, so a handler's reply text carries its own
 * (as in `smtpReply(535, "5.7.139 …")`). `options` override the defaults.
 */
export async function startTestSmtpServer(options: SMTPServerOptions = {}): Promise<TestSmtpServer> {
  const messages: ReceivedMessage[] = [];
  const logins: TestSmtpServer["logins"] = [];

  const server = new SMTPServer({
    logger: false,
    disableReverseLookup: true,
    hideENHANCEDSTATUSCODES: true,
    authOptional: true,
    onAuth(auth, _session, callback) {
      logins.push({ method: auth.method, username: auth.username ?? "", password: auth.password ?? "" });
      callback(null, { user: auth.username });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
    ...options,
  });

  // Clients that give up mid-handshake (the point of several tests) make the server emit errors.
  server.on("error", () => {});

  const port = await listen(server.server);
  return {
    host: "127.0.0.1",
    port,
    messages,
    logins,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type TestTcpServer = { host: "127.0.0.1"; port: number; close(): Promise<void> };

/** Accepts TCP connections and never sends a byte, like a server behind a dropping firewall would after connecting. */
export function startSilentServer(): Promise<TestTcpServer> {
  return startRawServer(() => {});
}

/** Accepts TCP connections and closes each one at once, before any greeting. */
export function startClosingServer(): Promise<TestTcpServer> {
  return startRawServer((socket) => socket.destroy());
}

/** Returns a port on 127.0.0.1 that was just bound and released, so connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function startRawServer(onConnection: (socket: Socket) => void): Promise<TestTcpServer> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => {});
    socket.on("close", () => sockets.delete(socket));
    onConnection(socket);
  });
  const port = await listen(server);
  return {
    host: "127.0.0.1",
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      const address = server.address();
      if (address && typeof address === "object") resolve(address.port);
      else reject(new Error("The test server has no TCP address."));
    });
  });
}
