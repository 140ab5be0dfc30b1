import { format } from "node:util";
import type { Logger } from "nodemailer/lib/shared";
import type { SmtpSecurity, SmtpStep } from "./diagnosis";

/** One line of an SMTP conversation: a command sent, a reply received, or a connection event. */
export type TranscriptLine = { direction: "client" | "server" | "event"; text: string };

export type StepStatus = "passed" | "failed" | "skipped" | "not_reached";

export type StepOutcome = { step: SmtpStep; status: StepStatus };

const MAX_LINES = 200;
const MAX_LINE_LENGTH = 1_000;

/** Returns the steps of a submission in the order they happen in a security mode. */
export function submissionSteps(security: SmtpSecurity, authenticates: boolean): SmtpStep[] {
  const handshake: SmtpStep[] =
    security === "tls"
      ? ["connect", "tls", "ehlo"]
      : security === "starttls"
        ? ["connect", "ehlo", "tls"]
        : ["connect", "ehlo"];
  return [...handshake, ...(authenticates ? (["auth"] as const) : []), "mail_from", "rcpt_to", "data"];
}

/**
 * Records an SMTP conversation from nodemailer's transaction log (the
 * `logger` option with `transactionLog: true`) and tracks which step is in
 * progress. AUTH arguments and the client lines of an AUTH exchange are
 * stored as "[redacted]".
 */
export class SmtpConversation {
  readonly transcript: TranscriptLine[] = [];
  readonly logger: Logger;

  private readonly order: SmtpStep[];
  private readonly statuses = new Map<SmtpStep, StepStatus>();
  private current: SmtpStep = "connect";
  private inAuthExchange = false;
  private truncated = false;

  constructor(security: SmtpSecurity, authenticates: boolean) {
    this.order = submissionSteps(security, authenticates);
    const record = (data: unknown, message: unknown, ...args: unknown[]) => this.onLog(data, message, args);
    this.logger = {
      level: () => {},
      trace: record,
      debug: record,
      info: record,
      warn: record,
      error: record,
      fatal: record,
    };
  }

  /** True once the server sent any reply, its greeting included. */
  get heardFromServer(): boolean {
    return this.transcript.some((line) => line.direction === "server");
  }

  /** The step in progress: the one that failed when the conversation ends in an error. */
  get currentStep(): SmtpStep {
    return this.current;
  }

  /** Appends a line about the connection that is neither a command nor a reply. */
  event(text: string): void {
    this.append("event", text);
  }

  /** Marks every step up to and including `step` as passed. */
  completeThrough(step: SmtpStep): void {
    for (const candidate of this.order.slice(0, this.order.indexOf(step) + 1)) {
      if (this.statuses.get(candidate) !== "skipped") this.statuses.set(candidate, "passed");
    }
  }

  /** Returns the outcome of every step. `failedStep` failed, the steps before it passed, and the steps after it were not reached. */
  outcomes(failedStep?: SmtpStep): StepOutcome[] {
    const failedIndex = failedStep ? this.order.indexOf(failedStep) : -1;
    if (failedStep && failedIndex > 0) this.completeThrough(this.order[failedIndex - 1]!);
    return this.order.map((step, index) => {
      if (index === failedIndex) return { step, status: "failed" };
      if (failedIndex >= 0 && index > failedIndex) return { step, status: "not_reached" };
      return { step, status: this.statuses.get(step) ?? "not_reached" };
    });
  }

  private begin(step: SmtpStep): void {
    if (this.order.includes(step)) this.current = step;
  }

  private onLog(data: unknown, message: unknown, args: unknown[]): void {
    const entry = (typeof data === "object" && data !== null ? data : {}) as Record<string, unknown>;
    const text = typeof message === "string" ? format(message, ...args) : "";

    switch (entry.tnx) {
      case "client":
        this.onClientLine(text);
        break;
      case "server":
        this.append("server", text);
        if (!/^334[ -]/.test(text)) this.inAuthExchange = false;
        break;
      case "network":
        this.onNetworkEvent(text);
        break;
      case "smtp":
        this.onSmtpEvent(text, entry.action);
        break;
      case "dns":
        // An IP literal "resolves" to itself, which is not worth a line.
        if (entry.source !== entry.resolved) this.append("event", text);
        break;
    }
  }

  private onClientLine(text: string): void {
    const auth = /^AUTH\s+(\S+)(\s+\S.*)?$/i.exec(text);
    if (auth) {
      this.inAuthExchange = true;
      this.begin("auth");
      this.append("client", auth[2] ? `AUTH ${auth[1]} [redacted]` : `AUTH ${auth[1]}`);
      return;
    }
    if (this.inAuthExchange) {
      this.append("client", "[redacted]");
      return;
    }
    this.append("client", text);

    if (/^(EHLO|HELO|LHLO)\b/i.test(text)) {
      if (this.current !== "tls") this.begin("ehlo");
    } else if (/^STARTTLS\b/i.test(text)) {
      this.completeThrough("ehlo");
      this.begin("tls");
    } else if (/^MAIL FROM:/i.test(text)) {
      // nodemailer skips AUTH without an error when the EHLO reply offers none.
      if (this.order.includes("auth") && this.statuses.get("auth") !== "passed") {
        this.statuses.set("auth", "skipped");
        this.event("The server offered no AUTH, so the message is sent without logging in.");
      }
      this.begin("mail_from");
    } else if (/^RCPT TO:/i.test(text)) {
      this.completeThrough("mail_from");
      this.begin("rcpt_to");
    } else if (/^DATA$/i.test(text)) {
      this.completeThrough("rcpt_to");
      this.begin("data");
    }
  }

  private onNetworkEvent(text: string): void {
    if (/^Secure connection established/.test(text)) {
      this.append("event", text);
      this.completeThrough(this.order.includes("tls") ? "tls" : "connect");
      this.begin("ehlo");
    } else if (/^Connection established/.test(text)) {
      this.append("event", text);
      this.completeThrough("connect");
      this.begin("ehlo");
    } else if (/^Connection closed/.test(text)) {
      this.append("event", text);
    }
  }

  private onSmtpEvent(text: string, action: unknown): void {
    if (/^Connection upgraded with STARTTLS/.test(text)) {
      this.append("event", text);
    } else if (/^SMTP handshake finished/.test(text)) {
      this.completeThrough(this.current);
      this.begin(this.order.includes("auth") ? "auth" : "mail_from");
    } else if (action === "authenticated") {
      this.append("event", "Authenticated");
      this.completeThrough("auth");
      this.begin("mail_from");
    }
  }

  private append(direction: TranscriptLine["direction"], text: string): void {
    if (this.transcript.length >= MAX_LINES) {
      if (!this.truncated) this.transcript.push({ direction: "event", text: "[transcript truncated]" });
      this.truncated = true;
      return;
    }
    const trimmed = text.replace(/\r?\n$/, "");
    this.transcript.push({
      direction,
      text: trimmed.length > MAX_LINE_LENGTH ? `${trimmed.slice(0, MAX_LINE_LENGTH)}…` : trimmed,
    });
  }
}
