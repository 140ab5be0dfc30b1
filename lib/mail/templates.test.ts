import { readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { defaultTemplate } from "./template-defaults";
import {
  maxSubjectLength,
  messageKinds,
  placeholderNames,
  placeholdersFor,
  validateTemplate,
  type TemplateError,
  type TemplateErrorCode,
  type TemplateValidation,
} from "./templates";

const body = "Beste [CONTACTPERSON],";

function errorsOf(validation: TemplateValidation): TemplateError[] {
  return validation.ok ? [] : validation.errors;
}

function onlyError(validation: TemplateValidation): TemplateError {
  const errors = errorsOf(validation);
  expect(errors).toHaveLength(1);
  return errors[0] as TemplateError;
}

describe("validateTemplate", () => {
  it("accepts every placeholder of delivery notes", () => {
    const all = placeholdersFor("delivery_notes")
      .map((name) => `[${name}]`)
      .join(" ");
    expect(validateTemplate("delivery_notes", { subject: "Leverbon [NOTENUMBERS]", body: all })).toEqual({ ok: true });
  });

  it("accepts placeholders in any case", () => {
    const template = { subject: "Bon van [tradename]", body: "Beste [ContactPerson],<br/>[customerName]" };
    expect(validateTemplate("delivery_notes", template)).toEqual({ ok: true });
  });

  it("names an unknown placeholder and the valid ones", () => {
    const error = onlyError(validateTemplate("test_message", { subject: "Test", body: "Hallo [KLANTNAAM]" }));

    expect(error.code).toBe("unknownPlaceholder");
    expect(error.key).toBe("templates.errors.unknownPlaceholder");
    expect(error.field).toBe("body");
    expect(error.values.name).toBe("KLANTNAAM");
    expect(error.values.valid).toBe(
      "[TRADENAME], [ADDRESS], [POSTALCODE], [CITY], [PHONENUMBER], [FAXNUMBER], [EMAILADDRESS]",
    );
    expect(error.index).toBe(6);
    expect(error.length).toBe("[KLANTNAAM]".length);
    expect(error.values.line).toBe(1);
    expect(error.values.column).toBe(7);
  });

  it("keeps the unknown name as written", () => {
    const error = onlyError(validateTemplate("delivery_notes", { subject: "Bon [tradenaam]", body }));

    expect(error.field).toBe("subject");
    expect(error.values.name).toBe("tradenaam");
    expect(error.values.column).toBe(5);
  });

  it("rejects note numbers outside delivery notes", () => {
    for (const kind of ["invoices", "production_lists", "test_message"] as const) {
      const error = onlyError(validateTemplate(kind, { subject: "Bonnen [NOTENUMBERS]", body: "Tekst" }));

      expect(error.code).toBe("placeholderNotAvailable");
      expect(error.values.name).toBe("NOTENUMBERS");
      expect(error.values.kind).toBe(kind);
      expect(String(error.values.valid)).not.toContain("[NOTENUMBERS]");
    }
  });

  it("rejects customer placeholders in the test message", () => {
    const error = onlyError(validateTemplate("test_message", { subject: "Test", body: "Beste [contactperson]" }));

    expect(error.code).toBe("placeholderNotAvailable");
    expect(error.values.name).toBe("CONTACTPERSON");
  });

  it("reports an unclosed bracket with its word", () => {
    const error = onlyError(validateTemplate("delivery_notes", { subject: "Bon", body: "Groet,\n[TRADENAME en team" }));

    expect(error.code).toBe("unclosedBracket");
    expect(error.key).toBe("templates.errors.unclosedBracket");
    expect(error.values.text).toBe("[TRADENAME");
    expect(error.values.line).toBe(2);
    expect(error.values.column).toBe(1);
    expect(error.index).toBe(7);
    expect(error.length).toBe("[TRADENAME".length);
  });

  it("ends an unclosed bracket at a <br/>", () => {
    const validation = validateTemplate("delivery_notes", { subject: "Bon", body: "[TRADENAME<br/>[CITY]" });
    const error = onlyError(validation);

    expect(error.code).toBe("unclosedBracket");
    expect(error.values.text).toBe("[TRADENAME");
  });

  it("reads a placeholder after an unclosed bracket", () => {
    const errors = errorsOf(
      validateTemplate("delivery_notes", { subject: "Bon", body: "[TRADENAME uit [CITY] [FOO]" }),
    );

    expect(errors.map((error) => error.code)).toEqual(["unclosedBracket", "unknownPlaceholder"]);
    expect(errors[0]?.values.text).toBe("[TRADENAME");
    expect(errors[1]?.values.name).toBe("FOO");
  });

  it("reports an empty placeholder", () => {
    const error = onlyError(validateTemplate("invoices", { subject: "Factuur []", body: "Tekst" }));

    expect(error.code).toBe("emptyPlaceholder");
    expect(error.key).toBe("templates.errors.emptyPlaceholder");
    expect(error.field).toBe("subject");
    expect(error.values.column).toBe(9);
    expect(error.length).toBe(2);
  });

  it("reports nested brackets once", () => {
    const cases = [
      { body: "Van [[TRADENAME]]", text: "[[TRADENAME]]" },
      { body: "Van [[TRADENAME]", text: "[[TRADENAME]" },
      { body: "Van [TRADE[NAME]]", text: "[TRADE[NAME]]" },
      { body: "Van [[", text: "[[" },
    ];
    for (const { body, text } of cases) {
      const error = onlyError(validateTemplate("invoices", { subject: "Factuur", body }));

      expect(error.code, body).toBe("nestedBracket");
      expect(error.key).toBe("templates.errors.nestedBracket");
      expect(error.values.text, body).toBe(text);
      expect(error.values.column, body).toBe(5);
    }
  });

  it("reports a closing bracket without opening", () => {
    const error = onlyError(validateTemplate("invoices", { subject: "Factuur", body: "Van TRADENAME]" }));

    expect(error.code).toBe("unmatchedClosingBracket");
    expect(error.values.column).toBe(14);
  });

  it("reports every error, in order", () => {
    const errors = errorsOf(validateTemplate("delivery_notes", { subject: "[X] []", body: "[[A]]\n]" }));

    expect(errors.map((error) => [error.field, error.code])).toEqual([
      ["subject", "unknownPlaceholder"],
      ["subject", "emptyPlaceholder"],
      ["body", "nestedBracket"],
      ["body", "unmatchedClosingBracket"],
    ]);
    expect(errors[3]?.values.line).toBe(2);
  });

  it("rejects line breaks in a subject", () => {
    for (const subject of ["Bon\nBcc: evil@example.test", "Bon\r\nBcc: evil@example.test", "Bon<BR />Bcc: x"]) {
      const error = onlyError(validateTemplate("delivery_notes", { subject, body }));

      expect(error.code, JSON.stringify(subject)).toBe("lineBreakInSubject");
      expect(error.values.column).toBe(4);
    }
  });

  it("rejects an empty subject and body", () => {
    const errors = errorsOf(validateTemplate("delivery_notes", { subject: "  ", body: "\n" }));

    expect(errors.map((error) => error.code)).toEqual(["subjectEmpty", "bodyEmpty"]);
  });

  it("measures the subject after rendering", () => {
    const template = { subject: "Bon voor [CUSTOMERNAME]", body };
    const longName = "B".repeat(maxSubjectLength);

    expect(validateTemplate("delivery_notes", template)).toEqual({ ok: true });

    const error = onlyError(validateTemplate("delivery_notes", template, { sample: { customer: { name: longName } } }));
    expect(error.code).toBe("subjectTooLong");
    expect(error.values.length).toBe("Bon voor ".length + maxSubjectLength);
    expect(error.values.max).toBe(maxSubjectLength);
  });

  it("accepts a subject of exactly the maximum", () => {
    const subject = "é".repeat(maxSubjectLength);
    expect(validateTemplate("test_message", { subject, body: "Test" })).toEqual({ ok: true });
    expect(onlyError(validateTemplate("test_message", { subject: subject + "x", body: "Test" })).code).toBe(
      "subjectTooLong",
    );
  });

  it("rejects an overlong body", () => {
    const error = onlyError(validateTemplate("test_message", { subject: "Test", body: "x".repeat(10_001) }));

    expect(error.code).toBe("bodyTooLong");
    expect(error.values.length).toBe(10_001);
  });
});

describe("defaultTemplate", () => {
  for (const kind of messageKinds) {
    for (const locale of ["nl", "en"] as const) {
      it(`is valid for ${kind} in ${locale}`, () => {
        const template = defaultTemplate(kind, locale);

        expect(validateTemplate(kind, template)).toEqual({ ok: true });
        expect(template.body).toContain("[TRADENAME]");
        expect(template.body).toContain("[EMAILADDRESS]");
      });
    }
  }

  it("differs between the languages", () => {
    expect(defaultTemplate("delivery_notes", "nl").subject).toBe("Leverbon [NOTENUMBERS] van [TRADENAME]");
    expect(defaultTemplate("delivery_notes", "en").subject).toBe("Delivery note [NOTENUMBERS] from [TRADENAME]");
  });

  it("returns a copy", () => {
    const template = defaultTemplate("invoices", "nl");
    template.subject = "changed";
    expect(defaultTemplate("invoices", "nl").subject).toBe("Factuur van [TRADENAME]");
  });
});

describe("templates messages", () => {
  const errorCodes: TemplateErrorCode[] = [
    "unknownPlaceholder",
    "placeholderNotAvailable",
    "unclosedBracket",
    "emptyPlaceholder",
    "nestedBracket",
    "unmatchedClosingBracket",
    "lineBreakInSubject",
    "subjectEmpty",
    "subjectTooLong",
    "bodyEmpty",
    "bodyTooLong",
  ];

  // One template per error code, so every message is formatted with real values.
  const invalidTemplates: { kind: (typeof messageKinds)[number]; subject: string; body: string; sample?: string }[] = [
    { kind: "test_message", subject: "[X] []\nx", body: "[[A]] [B ] [CUSTOMERNAME]" },
    { kind: "invoices", subject: "[NOTENUMBERS]", body: "[[A]\n[B\n]" },
    { kind: "production_lists", subject: "", body: "" },
    { kind: "delivery_notes", subject: "[CUSTOMERNAME]", body: "x".repeat(10_001), sample: "n".repeat(201) },
  ];

  for (const locale of ["nl", "en"] as const) {
    const messages = JSON.parse(readFileSync(path.join(process.cwd(), "messages", locale, "templates.json"), "utf8"));

    it(`formats every error in ${locale}`, () => {
      const formattingErrors: string[] = [];
      const t = createTranslator({
        locale,
        messages: { templates: messages },
        onError: (error) => formattingErrors.push(error.message),
      });
      const seen = new Set<TemplateErrorCode>();

      for (const { kind, subject, body, sample } of invalidTemplates) {
        for (const error of errorsOf(
          validateTemplate(kind, { subject, body }, { sample: { customer: { name: sample } } }),
        )) {
          seen.add(error.code);
          const message = t(error.key, error.values);

          expect(message).not.toContain("{");
          expect(message).not.toBe(error.key);
        }
      }

      expect([...seen].sort()).toEqual([...errorCodes].sort());
      expect(formattingErrors).toEqual([]);
    });

    it(`names every kind and placeholder in ${locale}`, () => {
      for (const kind of messageKinds) expect(messages.kinds[kind], kind).toBeTypeOf("string");
      for (const name of placeholderNames) expect(messages.placeholders[name], name).toBeTypeOf("string");
      expect(Object.keys(messages.errors).sort()).toEqual([...errorCodes].sort());
    });
  }

  it("formats an unknown placeholder in Dutch", () => {
    const messages = JSON.parse(readFileSync(path.join(process.cwd(), "messages", "nl", "templates.json"), "utf8"));
    const t = createTranslator({ locale: "nl", messages: { templates: messages } });
    const error = onlyError(validateTemplate("test_message", { subject: "Test", body: "Hallo\n  [FOO]" }));

    expect(t(error.key, error.values)).toBe(
      "Onbekende plaatshouder [FOO] in de tekst, regel 2, teken 3. Geldige plaatshouders: " +
        "[TRADENAME], [ADDRESS], [POSTALCODE], [CITY], [PHONENUMBER], [FAXNUMBER], [EMAILADDRESS].",
    );
  });
});
