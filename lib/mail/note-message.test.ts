import { describe, expect, it } from "vitest";
import type { Tenant } from "@/lib/tenancy/types";
import { buildNoteMessage } from "./note-message";

const tenant: Tenant = {
  id: "00000000-0000-0000-0000-000000000001",
  slug: "broodnodig",
  tradeName: "Bakkerij Broodnodig",
  address: "Korenmolenstraat 12",
  postalCode: "1234 AB",
  city: "Amsterdam",
  phone: "020 123 45 67",
  fax: "",
  email: "info@broodnodig.example",
  chamberOfCommerceNumber: "",
  vatNumber: "",
  timeZone: "Europe/Amsterdam",
  locale: "nl",
};

describe("buildNoteMessage", () => {
  it("addresses one customer's contact person", () => {
    const message = buildNoteMessage({
      tenant,
      customer: { number: 1001, name: "Café Coöperatie", contactPerson: "Anna de Vries" },
      notes: [{ number: 50001, orderNumber: 10001, deliveryDate: "2026-12-04" }],
    });

    expect(message.subject).toBe("Leverbon 50001 van Bakkerij Broodnodig");
    expect(message.text).toContain("Beste Anna de Vries,");
    expect(message.text).toContain("voor Café Coöperatie (klantnummer 1001)");
    expect(message.text).toContain("Levering: 04-12-2026 t/m 04-12-2026");
  });

  it("lists every customer in a message to one typed address", () => {
    const message = buildNoteMessage({
      tenant,
      customer: null,
      customers: [
        { number: 1004, name: "Koffiebar Bonen" },
        { number: 1005, name: "Restaurant Noord" },
      ],
      notes: [
        { number: 50003, orderNumber: 10003, deliveryDate: "2026-12-05" },
        { number: 50004, orderNumber: 10004, deliveryDate: "2026-12-04" },
      ],
    });

    expect(message.text).toContain("Beste klant,");
    expect(message.text).toContain("voor Koffiebar Bonen, Restaurant Noord (klantnummer 1004, 1005)");
    expect(message.text).toContain("Leverbon(nen): 50003, 50004");
    expect(message.text).toContain("Levering: 04-12-2026 t/m 05-12-2026");
  });

  it("falls back to the customer's name without a contact person", () => {
    const message = buildNoteMessage({
      tenant: { ...tenant, locale: "en" },
      customer: { number: 7, name: "Hotel Het Anker", contactPerson: "" },
      notes: [{ number: 1, orderNumber: 2, deliveryDate: "2026-03-29" }],
    });

    expect(message.text).toContain("Dear Hotel Het Anker,");
    expect(message.subject).toBe("Delivery note 1 from Bakkerij Broodnodig");
  });
});
