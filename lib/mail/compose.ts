import type Mail from "nodemailer/lib/mailer";
import type { Locale } from "@/i18n/messages";
import { AppError } from "@/lib/errors";
import type { MessageKind } from "./template-placeholders";
import { toHeaderText, type RenderedMessage } from "./template-render";

export type MailAddress = { name?: string | null; address: string };

export type MailAttachment = { fileName: string; content: Buffer; contentType: string };

export type ComposeInput = {
  from: MailAddress;
  to: readonly string[];
  cc?: readonly string[];
  bcc?: readonly string[];
  replyTo?: string | MailAddress | null;
  /** The Message-ID fixed at enqueue time, with or without its angle brackets. */
  messageId: string;
  rendered: RenderedMessage;
  attachments?: readonly MailAttachment[];
};

const attachmentPrefixes: Record<Locale, Record<MessageKind, string>> = {
  nl: {
    delivery_notes: "Leverbon",
    invoices: "Factuur",
    production_lists: "Productielijst",
    test_message: "Testbericht",
  },
  en: {
    delivery_notes: "Delivery-note",
    invoices: "Invoice",
    production_lists: "Production-list",
    test_message: "Test-message",
  },
};

/**
 * Returns the PDF file name for a document of a kind, such as "Leverbon-1042.pdf".
 * Whitespace and characters that file systems reject become "-" in the number. Other
 * characters stay, non-ASCII included, and nodemailer encodes them per RFC 2231.
 */
export function attachmentFileName(kind: MessageKind, number: string | number, locale: Locale = "nl"): string {
  const prefix = attachmentPrefixes[locale][kind];
  const safeNumber = String(number)
    .replace(/[\p{Cc}\u2028\u2029\s\\/:*?"<>|]+/gu, "-")
    .replace(/^[-.]+|-+$/g, "");
  return safeNumber === "" ? `${prefix}.pdf` : `${prefix}-${safeNumber}.pdf`;
}

/**
 * Builds the nodemailer message for a rendered template: multipart/alternative text and
 * HTML, followed by the attachments. Addresses go to nodemailer as `{ name, address }`
 * objects, so it quotes or encodes display names itself, and every header value passes
 * through toHeaderText, so no value can add a header line. The SMTP envelope is the
 * To, Cc and Bcc addresses; nodemailer leaves the Bcc header out of the message.
 *
 * @throws AppError("invalid_input") for an invalid address, Message-ID, file name or
 *   content type, or when there is no To recipient.
 */
export function composeMessage(input: ComposeInput): Mail.Options {
  if (input.to.length === 0) throw new AppError("invalid_input", "A message needs at least one To recipient.");

  const options: Mail.Options = {
    from: toAddress(input.from, "from"),
    to: input.to.map((address) => checkedAddress(address, "to")),
    messageId: checkedMessageId(input.messageId),
    subject: toHeaderText(input.rendered.subject),
    text: input.rendered.text,
    html: input.rendered.html,
    attachments: (input.attachments ?? []).map(toAttachment),
    // Content comes only from the buffers given here, never from a path or URL in the message.
    disableFileAccess: true,
    disableUrlAccess: true,
  };

  if (input.cc && input.cc.length > 0) options.cc = input.cc.map((address) => checkedAddress(address, "cc"));
  if (input.bcc && input.bcc.length > 0) options.bcc = input.bcc.map((address) => checkedAddress(address, "bcc"));
  if (input.replyTo) {
    const replyTo = typeof input.replyTo === "string" ? { address: input.replyTo } : input.replyTo;
    options.replyTo = toAddress(replyTo, "replyTo");
  }

  return options;
}

function toAddress(mailAddress: MailAddress, field: string): Mail.Address | string {
  const address = checkedAddress(mailAddress.address, field);
  const name = toHeaderText(mailAddress.name ?? "");
  return name === "" ? address : { name, address };
}

// One addr-spec (local@domain), with none of the characters that would let nodemailer's
// address parser read a display name, a group or a second address into it.
const addressPattern = /^[^\s@<>()[\]\\,;:"\p{Cc}\u2028\u2029]+@[^\s@<>()[\]\\,;:"\p{Cc}\u2028\u2029]+$/u;

function checkedAddress(address: string, field: string): string {
  const trimmed = address.trim();
  if (trimmed.length > 254 || !addressPattern.test(trimmed)) {
    throw new AppError("invalid_input", `Invalid email address in ${field}: ${JSON.stringify(address)}.`, { field });
  }
  return trimmed;
}

const messageIdPattern = /^<?([^\s<>@\p{Cc}]+@[^\s<>@\p{Cc}]+)>?$/u;

function checkedMessageId(messageId: string): string {
  const match = messageIdPattern.exec(messageId.trim());
  if (!match) throw new AppError("invalid_input", `Invalid Message-ID: ${JSON.stringify(messageId)}.`);
  return `<${match[1]}>`;
}

const contentTypePattern = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i;

function toAttachment(attachment: MailAttachment): Mail.Attachment {
  const fileName = toHeaderText(attachment.fileName).replace(/[\\/]/g, "-");
  if (fileName === "") throw new AppError("invalid_input", "An attachment needs a file name.");
  if (!contentTypePattern.test(attachment.contentType)) {
    throw new AppError("invalid_input", `Invalid attachment content type: ${JSON.stringify(attachment.contentType)}.`);
  }

  return {
    filename: fileName,
    content: attachment.content,
    contentType: attachment.contentType,
    contentDisposition: "attachment",
  };
}
