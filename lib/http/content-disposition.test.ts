import { describe, expect, it } from "vitest";
import { contentDisposition } from "./content-disposition";

describe("contentDisposition", () => {
  it("keeps a plain ASCII name in both forms", () => {
    expect(contentDisposition("attachment", "Leverbon-50003.pdf")).toBe(
      `attachment; filename="Leverbon-50003.pdf"; filename*=UTF-8''Leverbon-50003.pdf`,
    );
  });

  it("drops accents in the fallback and encodes UTF-8", () => {
    expect(contentDisposition("inline", "Leverbon Café Coöperatie.pdf")).toBe(
      `inline; filename="Leverbon Cafe Cooperatie.pdf"; filename*=UTF-8''Leverbon%20Caf%C3%A9%20Co%C3%B6peratie.pdf`,
    );
  });

  it("replaces quotes, backslashes, slashes and percent signs", () => {
    const header = contentDisposition("attachment", `a"b\\c/d%e.pdf`);

    expect(header).toContain(`filename="a_b_c_d_e.pdf"`);
    expect(header).toContain(`filename*=UTF-8''a%22b%5Cc%2Fd%25e.pdf`);
  });

  it("never lets a line break into the header", () => {
    const header = contentDisposition("attachment", "bon.pdf\r\nSet-Cookie: x=1");

    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toContain(`filename="bon.pdf__Set-Cookie: x=1"`);
    expect(header).toContain(`filename*=UTF-8''bon.pdf%0D%0ASet-Cookie%3A%20x%3D1`);
  });

  it("encodes the characters encodeURIComponent leaves", () => {
    expect(contentDisposition("attachment", "bon (1)'*.pdf")).toContain(`filename*=UTF-8''bon%20%281%29%27%2A.pdf`);
  });

  it("replaces characters without an ASCII form", () => {
    expect(contentDisposition("attachment", "面包.pdf")).toBe(
      `attachment; filename="__.pdf"; filename*=UTF-8''%E9%9D%A2%E5%8C%85.pdf`,
    );
  });

  it("accepts a lone surrogate", () => {
    expect(contentDisposition("attachment", "bon\uD800.pdf")).toBe(
      `attachment; filename="bon_.pdf"; filename*=UTF-8''bon%EF%BF%BD.pdf`,
    );
  });

  it("names a blank file name download", () => {
    expect(contentDisposition("attachment", " ")).toBe(`attachment; filename="download"; filename*=UTF-8''download`);
  });
});
