import type { AddressInfo } from "node:net";
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { attachmentFileName, composeMessage, type ComposeInput } from "./compose";
import { defaultTemplate } from "./template-defaults";
import { renderTemplate, validateTemplate, type TemplateValues } from "./templates";

type Captured = { mailFrom: string; rcptTo: string[]; raw: Buffer };

const captured: Captured[] = [];
let server: SMTPServer;
let port: number;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        captured.push({
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          rcptTo: session.envelope.rcptTo.map((recipient) => recipient.address),
          raw: Buffer.concat(chunks),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Sends a message through nodemailer to the local SMTP server and returns what it received. */
async function sendAndCapture(
  options: Mail.Options,
): Promise<Captured & { parsed: ParsedMail; headerLines: string[] }> {
  const transport = nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true });
  const before = captured.length;
  try {
    await transport.sendMail(options);
  } finally {
    transport.close();
  }

  expect(captured).toHaveLength(before + 1);
  const message = captured[before] as Captured;
  const rawText = message.raw.toString("latin1");
  const headerSection = rawText.slice(0, rawText.indexOf("\r\n\r\n"));
  // Unfold continuation lines, so each entry is one header field.
  const headerLines = headerSection.replace(/\r\n[ \t]+/g, " ").split("\r\n");
  return { ...message, parsed: await simpleParser(message.raw), headerLines };
}

function headerNames(headerLines: string[]): string[] {
  return headerLines.map((line) => line.slice(0, line.indexOf(":")).toLowerCase());
}

function firstAddress(address: AddressObject | AddressObject[] | undefined) {
  return (Array.isArray(address) ? address[0] : address)?.value[0];
}

const bakery: TemplateValues["bakery"] = {
  tradeName: "Bakkerij De Korenaar",
  address: "Dorpsstraat 12",
  postalCode: "1234 AB",
  city: "Zwolle",
  phone: "038-1234567",
  email: "info@korenaar.example",
};

const pdf = (label: string) => Buffer.from(`%PDF-1.7\n% ${label}\n%%EOF\n`, "latin1");

function deliveryNoteInput(values: TemplateValues, overrides: Partial<ComposeInput> = {}): ComposeInput {
  const template = {
    ...defaultTemplate("delivery_notes", "nl"),
    subject: "Leverbon [NOTENUMBERS] voor [CUSTOMERNAME]",
  };
  return {
    from: { name: 'Bakkerij "De Korenaar" – Zoë', address: "bonnen@korenaar.example" },
    to: ["inkoop@zonneveld.example"],
    cc: ["kopie@korenaar.example"],
    bcc: ["archief@korenaar.example"],
    replyTo: "info@korenaar.example",
    messageId: "<dispatch-7f3a@korenaar.example>",
    rendered: renderTemplate(template, values, { locale: "nl" }),
    attachments: [
      { fileName: attachmentFileName("delivery_notes", 1042), content: pdf("1042"), contentType: "application/pdf" },
      { fileName: attachmentFileName("delivery_notes", "Café-7"), content: pdf("7"), contentType: "application/pdf" },
    ],
    ...overrides,
  };
}

describe("composeMessage over SMTP", () => {
  it("keeps a header injection in the customer name inside the subject", async () => {
    const values: TemplateValues = {
      bakery,
      customer: { name: "Bakker\r\nBcc: x@y.test", number: 301, contactPerson: "Mevrouw Jansen" },
      noteNumbers: [1042],
      orderNumbers: [5001],
      deliveryDateStart: "2026-03-29",
      deliveryDateEnd: "2026-03-29",
    };
    const { mailFrom, rcptTo, parsed, headerLines } = await sendAndCapture(composeMessage(deliveryNoteInput(values)));

    expect(mailFrom).toBe("bonnen@korenaar.example");
    expect([...rcptTo].sort()).toEqual([
      "archief@korenaar.example",
      "inkoop@zonneveld.example",
      "kopie@korenaar.example",
    ]);
    expect(headerNames(headerLines)).not.toContain("bcc");
    expect(headerNames(headerLines).filter((name) => name === "subject")).toHaveLength(1);
    expect(parsed.headers.has("bcc")).toBe(false);
    expect(parsed.subject).toBe("Leverbon 1042 voor Bakker Bcc: x@y.test");
    expect(headerLines.find((line) => /^subject:/i.test(line))).toBe(
      "Subject: Leverbon 1042 voor Bakker Bcc: x@y.test",
    );

    expect(parsed.text).toContain("de leverbon(nen) voor Bakker Bcc: x@y.test (klantnummer 301)");

    expect(parsed.messageId).toBe("<dispatch-7f3a@korenaar.example>");
    expect(firstAddress(parsed.from)).toEqual({
      name: 'Bakkerij "De Korenaar" – Zoë',
      address: "bonnen@korenaar.example",
    });
    expect(firstAddress(parsed.replyTo)?.address).toBe("info@korenaar.example");
    expect(firstAddress(parsed.cc)?.address).toBe("kopie@korenaar.example");
  });

  it("sends text and HTML with both attachments", async () => {
    const values: TemplateValues = {
      bakery,
      customer: { name: "Hotel Zonneveld" },
      noteNumbers: [1042],
      deliveryDateStart: "2026-10-25",
    };
    const { parsed, raw } = await sendAndCapture(composeMessage(deliveryNoteInput(values)));
    const rawText = raw.toString("latin1");

    expect(rawText).toMatch(/Content-Type: multipart\/mixed/i);
    expect(rawText).toMatch(/Content-Type: multipart\/alternative/i);
    expect(parsed.text).toContain("In de bijlage vindt u de leverbon(nen) voor Hotel Zonneveld");
    expect(parsed.text).toContain("Levering: 25-10-2026 t/m \n");
    expect(parsed.html).toContain("In de bijlage vindt u de leverbon(nen) voor Hotel Zonneveld");
    expect(parsed.html).toContain("<br>");

    expect(parsed.attachments.map((attachment) => attachment.filename)).toEqual([
      "Leverbon-1042.pdf",
      "Leverbon-Café-7.pdf",
    ]);
    expect(parsed.attachments.map((attachment) => attachment.contentType)).toEqual([
      "application/pdf",
      "application/pdf",
    ]);
    expect(parsed.attachments[0]?.content.equals(pdf("1042"))).toBe(true);
    expect(parsed.attachments[1]?.content.equals(pdf("7"))).toBe(true);
    // RFC 2231 parameter encoding: nodemailer 8.0.11 writes it as a one-part continuation.
    expect(rawText).toMatch(/filename\*(?:0\*)?=utf-8''Leverbon-Caf%C3%A9-7\.pdf/i);
  });

  it("escapes a customer name in the HTML part", async () => {
    const values: TemplateValues = { bakery, customer: { name: "<b>Bakker & Zn</b>" }, noteNumbers: [1042] };
    const { parsed } = await sendAndCapture(composeMessage(deliveryNoteInput(values)));

    expect(parsed.subject).toBe("Leverbon 1042 voor <b>Bakker & Zn</b>");
    expect(parsed.text).toContain("de leverbon(nen) voor <b>Bakker & Zn</b> (klantnummer");
    expect(parsed.html).toContain("de leverbon(nen) voor &lt;b&gt;Bakker &amp; Zn&lt;/b&gt; (klantnummer");
    expect(parsed.html).not.toContain("<b>");
  });

  it("keeps a line break in the subject template on one line", async () => {
    const template = { subject: "Leverbon [NOTENUMBERS]\nBcc: evil@example.test", body: "Zie bijlage." };
    expect(validateTemplate("delivery_notes", template).ok).toBe(false);

    const rendered = renderTemplate(template, { noteNumbers: [1042] });
    const { rcptTo, parsed, headerLines } = await sendAndCapture(
      composeMessage(deliveryNoteInput({}, { rendered, cc: [], bcc: [] })),
    );

    expect(rcptTo).toEqual(["inkoop@zonneveld.example"]);
    expect(headerNames(headerLines)).not.toContain("bcc");
    expect(parsed.subject).toBe("Leverbon 1042 Bcc: evil@example.test");
  });

  it("cleans a raw subject and display name", async () => {
    const input = deliveryNoteInput(
      {},
      {
        from: { name: "Bakker\r\nBcc: evil@example.test", address: "bonnen@korenaar.example" },
        rendered: { subject: "Bon\r\nBcc: evil@example.test\r\n\r\nbody", text: "Tekst", html: "<p>Tekst</p>" },
        cc: [],
        bcc: [],
      },
    );
    const { rcptTo, parsed, headerLines } = await sendAndCapture(composeMessage(input));

    expect(rcptTo).toEqual(["inkoop@zonneveld.example"]);
    expect(headerNames(headerLines)).not.toContain("bcc");
    expect(parsed.subject).toBe("Bon Bcc: evil@example.test body");
    expect(firstAddress(parsed.from)).toEqual({
      name: "Bakker Bcc: evil@example.test",
      address: "bonnen@korenaar.example",
    });
  });
});

describe("composeMessage", () => {
  const rendered = { subject: "Bon", text: "Tekst", html: "<p>Tekst</p>" };
  const base: ComposeInput = {
    from: { name: "Bakkerij", address: "bonnen@korenaar.example" },
    to: ["klant@example.test"],
    messageId: "abc@korenaar.example",
    rendered,
  };

  it("passes addresses as objects", () => {
    const options = composeMessage({ ...base, replyTo: { name: "Kantoor", address: "info@korenaar.example" } });

    expect(options.from).toEqual({ name: "Bakkerij", address: "bonnen@korenaar.example" });
    expect(options.replyTo).toEqual({ name: "Kantoor", address: "info@korenaar.example" });
    expect(options.messageId).toBe("<abc@korenaar.example>");
    expect(options.cc).toBeUndefined();
    expect(options.bcc).toBeUndefined();
    expect(options.disableFileAccess).toBe(true);
    expect(options.disableUrlAccess).toBe(true);
  });

  it("omits an empty display name", () => {
    expect(composeMessage({ ...base, from: { name: " ", address: "bonnen@korenaar.example" } }).from).toBe(
      "bonnen@korenaar.example",
    );
  });

  it("rejects addresses that hide more recipients", () => {
    const invalid = [
      "klant@example.test, evil@example.test",
      "Evil <evil@example.test>",
      "klant@example.test\r\nBcc: evil@example.test",
      "klant@example.test;evil@example.test",
      "groep: evil@example.test;",
      "geen-adres",
      "",
    ];
    for (const address of invalid) {
      expect(() => composeMessage({ ...base, to: [address] }), address).toThrow(AppError);
      expect(() => composeMessage({ ...base, bcc: [address] }), address).toThrow(AppError);
    }
  });

  it("requires a To recipient", () => {
    expect(() => composeMessage({ ...base, to: [] })).toThrow(AppError);
  });

  it("rejects an invalid Message-ID", () => {
    for (const messageId of ["", "no-at-sign", "<a@b>\r\nBcc: x@y", "<a b@c>"]) {
      expect(() => composeMessage({ ...base, messageId }), messageId).toThrow(AppError);
    }
  });

  it("rejects an invalid attachment", () => {
    const content = Buffer.from("x");
    expect(() =>
      composeMessage({ ...base, attachments: [{ fileName: " ", content, contentType: "application/pdf" }] }),
    ).toThrow(AppError);
    expect(() =>
      composeMessage({
        ...base,
        attachments: [{ fileName: "a.pdf", content, contentType: "application/pdf\r\nBcc: x@y" }],
      }),
    ).toThrow(AppError);
  });

  it("cleans attachment file names", () => {
    const options = composeMessage({
      ...base,
      attachments: [
        { fileName: "..\\map/Leverbon\r\n1.pdf", content: Buffer.from("x"), contentType: "application/pdf" },
      ],
    });
    expect((options.attachments?.[0] as Mail.Attachment).filename).toBe("..-map-Leverbon 1.pdf");
  });
});

describe("attachmentFileName", () => {
  it("names a delivery note after its number", () => {
    expect(attachmentFileName("delivery_notes", 1042)).toBe("Leverbon-1042.pdf");
  });

  it("names the other kinds", () => {
    expect(attachmentFileName("invoices", "2026-0012")).toBe("Factuur-2026-0012.pdf");
    expect(attachmentFileName("production_lists", "2026-03-29")).toBe("Productielijst-2026-03-29.pdf");
    expect(attachmentFileName("delivery_notes", 1042, "en")).toBe("Delivery-note-1042.pdf");
  });

  it("replaces characters file systems reject", () => {
    expect(attachmentFileName("delivery_notes", "2026/42 a:b")).toBe("Leverbon-2026-42-a-b.pdf");
    expect(attachmentFileName("delivery_notes", "../../etc")).toBe("Leverbon-etc.pdf");
    expect(attachmentFileName("delivery_notes", " ")).toBe("Leverbon.pdf");
  });

  it("keeps non-ASCII characters", () => {
    expect(attachmentFileName("delivery_notes", "Café-7")).toBe("Leverbon-Café-7.pdf");
  });
});
