import { afterEach, describe, expect, it } from "vitest";
import { defaultTemplate } from "./template-defaults";
import {
  escapeHtml,
  maxSubjectLength,
  placeholderNames,
  renderTemplate,
  toHeaderText,
  type TemplateValues,
} from "./templates";

const values: TemplateValues = {
  bakery: {
    tradeName: "Bakkerij De Korenaar",
    address: "Dorpsstraat 12",
    postalCode: "1234 AB",
    city: "Zwolle",
    phone: "038-1234567",
    fax: "038-7654321",
    email: "info@korenaar.example",
  },
  customer: { name: "Hotel Zonneveld", number: 301, contactPerson: "Mevrouw Jansen" },
  noteNumbers: [1042, 1043],
  orderNumbers: ["5001", "5002"],
  deliveryDateStart: "2026-03-09",
  deliveryDateEnd: "2026-03-13",
};

const expectedValues: Record<(typeof placeholderNames)[number], string> = {
  TRADENAME: "Bakkerij De Korenaar",
  ADDRESS: "Dorpsstraat 12",
  POSTALCODE: "1234 AB",
  CITY: "Zwolle",
  PHONENUMBER: "038-1234567",
  FAXNUMBER: "038-7654321",
  EMAILADDRESS: "info@korenaar.example",
  CONTACTPERSON: "Mevrouw Jansen",
  CUSTOMERNAME: "Hotel Zonneveld",
  CUSTOMERNUMBER: "301",
  NOTENUMBERS: "1042, 1043",
  ORDERNUMBERS: "5001, 5002",
  DELIVERYDATESTART: "09-03-2026",
  DELIVERYDATEEND: "13-03-2026",
};

function renderBody(body: string, with_: TemplateValues = values) {
  return renderTemplate({ subject: "Onderwerp", body }, with_);
}

/** Returns the part of the HTML document between <body ...> and </body>. */
function htmlBody(html: string): string {
  const match = /<body[^>]*>\n([\s\S]*)\n<\/body>/.exec(html);
  if (!match) throw new Error(`No body in ${html}`);
  return match[1] as string;
}

describe("renderTemplate", () => {
  it("fills every placeholder", () => {
    for (const name of placeholderNames) {
      const rendered = renderTemplate({ subject: `S [${name}]`, body: `B [${name}]` }, values);

      expect(rendered.subject, name).toBe(`S ${expectedValues[name]}`);
      expect(rendered.text, name).toBe(`B ${expectedValues[name]}`);
    }
  });

  it("matches placeholders in any case", () => {
    const rendered = renderBody("[tradename] [TradeName] [TRADENAME]");
    expect(rendered.text).toBe("Bakkerij De Korenaar Bakkerij De Korenaar Bakkerij De Korenaar");
  });

  it("renders missing values as empty", () => {
    const rendered = renderTemplate({ subject: "Bon [NOTENUMBERS]", body: "Beste [CONTACTPERSON],[FAXNUMBER]." }, {});

    expect(rendered.subject).toBe("Bon");
    expect(rendered.text).toBe("Beste ,.");
    expect(rendered.html).not.toContain("[");
  });

  it("renders null values as empty", () => {
    const rendered = renderBody("[FAXNUMBER]|[DELIVERYDATEEND]|[CUSTOMERNUMBER]", {
      bakery: { fax: null },
      customer: { number: null },
      deliveryDateEnd: null,
    });
    expect(rendered.text).toBe("||");
  });

  it("treats every <br> form as a line break", () => {
    const rendered = renderBody("a<br/>b<br>c<br />d<BR/>e<Br >f");
    expect(rendered.text).toBe("a\nb\nc\nd\ne\nf");
  });

  it("treats real newlines as line breaks", () => {
    expect(renderBody("a\nb\r\nc\rd").text).toBe("a\nb\nc\nd");
  });

  it("counts <br/> before a newline once", () => {
    expect(renderBody("Beste klant,<br/>\n<br/>\nGroet<br/>  \r\nBakker").text).toBe("Beste klant,\n\nGroet\nBakker");
  });

  it("keeps unknown and invalid placeholders as written", () => {
    expect(renderBody("[FOO] [] [[CITY]] [CITY ]").text).toBe("[FOO] [] [[CITY]] [CITY ]");
  });

  it("writes line breaks as <br> in HTML", () => {
    const rendered = renderBody("Regel 1<br/>Regel 2\nRegel 3");
    expect(htmlBody(rendered.html)).toBe("Regel 1<br>\nRegel 2<br>\nRegel 3");
  });

  it("builds a UTF-8 HTML document", () => {
    const rendered = renderTemplate({ subject: "Bon & co", body: "Tekst" }, values, { locale: "nl" });

    expect(rendered.html.startsWith("<!DOCTYPE html>\n")).toBe(true);
    expect(rendered.html).toContain('<html lang="nl">');
    expect(rendered.html).toContain('<meta charset="utf-8">');
    expect(rendered.html).toContain("<title>Bon &amp; co</title>");
    expect(rendered.html.trimEnd().endsWith("</html>")).toBe(true);
  });

  it("escapes a customer name in HTML only", () => {
    const name = "<b>Bakker & Zn</b>";
    const rendered = renderTemplate(
      { subject: "Bon voor [CUSTOMERNAME]", body: "Voor [CUSTOMERNAME]" },
      { customer: { name } },
    );

    expect(rendered.text).toBe("Voor <b>Bakker & Zn</b>");
    expect(rendered.subject).toBe("Bon voor <b>Bakker & Zn</b>");
    expect(htmlBody(rendered.html)).toBe("Voor &lt;b&gt;Bakker &amp; Zn&lt;/b&gt;");
    expect(rendered.html).not.toContain("<b>");
  });

  it("escapes markup written in the template", () => {
    const rendered = renderBody(`<a href="x">'klik'</a> & <script>`);

    expect(rendered.text).toBe(`<a href="x">'klik'</a> & <script>`);
    expect(htmlBody(rendered.html)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;klik&#39;&lt;/a&gt; &amp; &lt;script&gt;");
  });

  it("shows <br/> inside a value as text", () => {
    const rendered = renderBody("[CUSTOMERNAME]", { customer: { name: "Eén<br/>Twee" } });

    expect(rendered.text).toBe("Eén<br/>Twee");
    expect(htmlBody(rendered.html)).toBe("Eén&lt;br/&gt;Twee");
  });

  it("keeps a body value on one line", () => {
    const rendered = renderBody("[ADDRESS]<br/>[CUSTOMERNAME]", {
      bakery: { address: "Dorpsstraat 12\r\nAchterom" },
      customer: { name: "Bakker\u2028Bcc: x@y.test" },
    });

    expect(rendered.text).toBe("Dorpsstraat 12 Achterom\nBakker Bcc: x@y.test");
    expect(htmlBody(rendered.html)).toBe("Dorpsstraat 12 Achterom<br>\nBakker Bcc: x@y.test");
  });

  it("drops control characters from the body", () => {
    expect(renderBody("a\u0000b\u0007c\td [CITY]", { bakery: { city: "Zw\u001bolle" } }).text).toBe("abc\td Zw olle");
  });

  it("keeps a header injection inside the subject", () => {
    const rendered = renderTemplate(
      { subject: "Leverbon voor [CUSTOMERNAME]", body: "x" },
      { customer: { name: "Bakker\r\nBcc: x@y.test\u2028To: z@y.test\u2029\u0085Cc: w@y.test" } },
    );

    expect(rendered.subject).toBe("Leverbon voor Bakker Bcc: x@y.test To: z@y.test Cc: w@y.test");
  });

  it("puts a subject with a line break on one line", () => {
    const rendered = renderTemplate({ subject: "  Leverbon\nBcc: evil@example.test<br/>  ", body: "x" }, values);
    expect(rendered.subject).toBe("Leverbon Bcc: evil@example.test");
  });

  it("cuts an overlong subject", () => {
    const rendered = renderTemplate(
      { subject: "Bon [CUSTOMERNAME]", body: "x" },
      { customer: { name: "é".repeat(300) } },
    );

    expect(Array.from(rendered.subject)).toHaveLength(maxSubjectLength);
    expect(rendered.subject.endsWith("é…")).toBe(true);
  });

  it("rejects a malformed delivery date", () => {
    for (const date of ["2026-3-29", "29-03-2026", "2026-02-29", "2026-13-01", "2026-03-29T00:00:00Z"]) {
      expect(() => renderBody("[DELIVERYDATESTART]", { deliveryDateStart: date }), date).toThrow(RangeError);
    }
    expect(renderBody("[DELIVERYDATESTART]", { deliveryDateStart: "2024-02-29" }).text).toBe("29-02-2024");
  });

  it("renders the Dutch default for delivery notes", () => {
    const rendered = renderTemplate(defaultTemplate("delivery_notes", "nl"), values);

    expect(rendered.subject).toBe("Leverbon 1042, 1043 van Bakkerij De Korenaar");
    expect(rendered.text).toContain("Beste Mevrouw Jansen,\n\n");
    expect(rendered.text).toContain("Levering: 09-03-2026 t/m 13-03-2026\n");
    expect(
      rendered.text.endsWith(
        "Bakkerij De Korenaar\nDorpsstraat 12\n1234 AB Zwolle\nTelefoon: 038-1234567\nE-mail: info@korenaar.example",
      ),
    ).toBe(true);
  });
});

describe("delivery dates across time zones", () => {
  const originalTimeZone = process.env.TZ;

  afterEach(() => {
    if (originalTimeZone === undefined) delete process.env.TZ;
    else process.env.TZ = originalTimeZone;
  });

  // Europe/Amsterdam moves its clocks on 2026-03-29 and 2026-10-25; the zones below are
  // far west and far east of it, where a conversion through a Date would shift the day.
  for (const timeZone of ["Europe/Amsterdam", "America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Pago_Pago"]) {
    it(`keeps the day in ${timeZone}`, () => {
      process.env.TZ = timeZone;
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(timeZone);

      const rendered = renderTemplate(
        { subject: "[DELIVERYDATESTART] t/m [DELIVERYDATEEND]", body: "[DELIVERYDATESTART]<br/>[DELIVERYDATEEND]" },
        { deliveryDateStart: "2026-03-29", deliveryDateEnd: "2026-10-25" },
      );

      expect(rendered.subject).toBe("29-03-2026 t/m 25-10-2026");
      expect(rendered.text).toBe("29-03-2026\n25-10-2026");
    });
  }
});

describe("toHeaderText", () => {
  it("replaces every line break character", () => {
    expect(toHeaderText("a\rb\nc\r\nd\u2028e\u2029f\u0085g\u000bh\u000ci\u0000j\tk")).toBe("a b c d e f g h i j k");
  });

  it("trims and joins spaces", () => {
    expect(toHeaderText("  \r\n a  \n b \t")).toBe("a b");
  });
});

describe("escapeHtml", () => {
  it("escapes the five HTML characters", () => {
    expect(escapeHtml(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&#39;");
  });
});
