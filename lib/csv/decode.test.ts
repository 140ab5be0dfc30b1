import { describe, expect, it } from "vitest";
import { decodeCsvBytes } from "./decode";

const utf8 = (text: string) => new TextEncoder().encode(text);
const bom = [0xef, 0xbb, 0xbf];

/** "Café;Eëntje\n" in Windows-1252: é is 0xE9, ë is 0xEB. */
const windows1252Bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x3b, 0x45, 0xeb, 0x6e, 0x74, 0x6a, 0x65, 0x0a]);

describe("decodeCsvBytes", () => {
  it("reads UTF-8 without BOM", () => {
    expect(decodeCsvBytes(utf8("Café;Eëntje\n"))).toEqual({
      ok: true,
      text: "Café;Eëntje\n",
      encoding: "utf-8",
      hadBom: false,
    });
  });

  it("strips a UTF-8 BOM", () => {
    const decoded = decodeCsvBytes(new Uint8Array([...bom, ...utf8("Naam\n")]));
    expect(decoded).toEqual({ ok: true, text: "Naam\n", encoding: "utf-8", hadBom: true });
  });

  it("falls back to Windows-1252 for invalid UTF-8", () => {
    expect(decodeCsvBytes(windows1252Bytes)).toEqual({
      ok: true,
      text: "Café;Eëntje\n",
      encoding: "windows-1252",
      hadBom: false,
    });
  });

  it("decodes Windows-1252 when chosen", () => {
    const decoded = decodeCsvBytes(new Uint8Array([0x80, 0x20, 0x35]), "windows-1252");
    expect(decoded.ok).toBe(true);
    expect(decoded.ok ? decoded.text : null).toBe("€ 5");
  });

  it("rejects invalid UTF-8 when UTF-8 is chosen", () => {
    expect(decodeCsvBytes(windows1252Bytes, "utf-8")).toEqual({ ok: false, reason: "csv.file.notUtf8" });
  });

  it("reads UTF-16 with a BOM", () => {
    const text = "Naam\tPlaats\n";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let index = 0; index < text.length; index++) bytes[2 + index * 2] = text.charCodeAt(index);
    expect(decodeCsvBytes(bytes)).toEqual({ ok: true, text, encoding: "utf-16le", hadBom: true });
  });

  it("rejects an empty file", () => {
    expect(decodeCsvBytes(new Uint8Array())).toEqual({ ok: false, reason: "csv.file.empty" });
  });
});

describe("decodeCsvBytes for Windows-1252", () => {
  it("maps bytes 0x80 to 0x9F to their Windows-1252 characters", () => {
    const decoded = decodeCsvBytes(
      new Uint8Array([0x93, 0x4b, 0x6f, 0x66, 0x66, 0x69, 0x65, 0x94, 0x20, 0x96, 0x20, 0x80, 0x20, 0x32, 0xe9]),
    );
    expect(decoded.ok).toBe(true);
    expect(decoded.ok ? decoded.text : null).toBe("“Koffie” – € 2é");
  });
});
