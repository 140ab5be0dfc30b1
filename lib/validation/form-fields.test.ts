import { describe, expect, it } from "vitest";
import { controlCharacterMessage, hasControlCharacter, optionalText, requiredText } from "./form-fields";

describe("hasControlCharacter", () => {
  const rejected = {
    "a carriage return": "a\rb",
    "a line feed": "a\nb",
    "a tab": "a\tb",
    "a null character": "a\u0000b",
    "an escape": "a\u001bb",
    "a delete": "a\u007fb",
    "a next line (C1)": "a\u0085b",
    "the last C1 control": "a\u009fb",
    "a line separator": "a\u2028b",
    "a paragraph separator": "a\u2029b",
  };
  for (const [name, text] of Object.entries(rejected)) {
    it(`finds ${name}`, () => {
      expect(hasControlCharacter(text)).toBe(true);
    });
  }

  it("accepts letters, accents, no-break spaces and emoji", () => {
    expect(hasControlCharacter("Café Zoë, ‘t Hoekje € 2,50 🥐")).toBe(false);
    expect(hasControlCharacter("a\u00a0b")).toBe(false);
    expect(hasControlCharacter("\u00a1¿")).toBe(false);
  });
});

describe("single-line text fields", () => {
  it("reject a line break inside the text", () => {
    const result = requiredText(200).safeParse("Café De Kroeg\r\nBcc: evil@voorbeeld.test");
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([controlCharacterMessage]);
    expect(optionalText(200).safeParse("Route\t1").success).toBe(false);
  });

  it("trim white space and line breaks at the ends", () => {
    expect(requiredText(200).parse("  Café De Kroeg\r\n")).toBe("Café De Kroeg");
    expect(optionalText(50).parse("\tR1 ")).toBe("R1");
  });

  it("keep their other checks", () => {
    expect(requiredText(200).safeParse(" ").success).toBe(false);
    expect(optionalText(3).safeParse("abcd").success).toBe(false);
    expect(optionalText(3).parse(undefined)).toBe("");
  });
});
