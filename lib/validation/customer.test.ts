import { describe, expect, it } from "vitest";
import { customerFieldsSchema, customerFormSchema } from "./customer";
import { customerRecordToValues, emptyCustomerValues } from "./customer-values";

function issuesOf(input: unknown) {
  const result = customerFormSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

const valid = { number: "12", name: "Bakkerij De Korenaar" };

describe("customerFormSchema", () => {
  it("accepts the minimum and fills defaults", () => {
    const customer = customerFormSchema.parse(valid);
    expect(customer).toMatchObject({
      number: 12,
      kind: "company",
      noteDispatch: "paper",
      noteEmails: [],
      copies: 1,
      deliveryFeeCents: 0,
      freeDeliveryMinimumCents: null,
      callBefore: null,
      blocked: false,
    });
  });

  it("requires an address for email dispatch", () => {
    expect(issuesOf({ ...valid, noteDispatch: "email" })).toEqual({ noteEmails: "validation.noteEmailRequired" });
    expect(issuesOf({ ...valid, noteDispatch: "paper_and_email", noteEmails: "  " })).toEqual({
      noteEmails: "validation.noteEmailRequired",
    });
  });

  it("rejects control characters in single-line fields, contacts and addresses", () => {
    expect(
      issuesOf({
        ...valid,
        name: "Café De Kroeg\r\nBcc: evil@voorbeeld.test",
        city: "Utrecht\u2028Zwolle",
        contacts: [{ name: "Jan\tde Vries" }],
        deliveryAddresses: [{ address: "Dorpsstraat 1\nAchterom" }],
      }),
    ).toEqual({
      name: "formFields.controlCharacter",
      city: "formFields.controlCharacter",
      "contacts.0.name": "formFields.controlCharacter",
      "deliveryAddresses.0.address": "formFields.controlCharacter",
    });
  });

  it("accepts email dispatch with valid addresses", () => {
    const customer = customerFormSchema.parse({
      ...valid,
      noteDispatch: "email",
      noteEmails: "a@x.nl; B@x.nl, a@X.nl",
    });
    expect(customer.noteEmails).toEqual(["a@X.nl", "B@x.nl"]);
  });

  it("rejects an invalid note address", () => {
    expect(issuesOf({ ...valid, noteDispatch: "email", noteEmails: "a@x.nl, geen-adres" })).toEqual({
      noteEmails: "validation.emailList",
    });
  });

  it("needs no address for paper dispatch", () => {
    expect(issuesOf({ ...valid, noteDispatch: "paper", noteEmails: "" })).toEqual({});
  });

  it("reports the dispatch rule together with other errors", () => {
    expect(issuesOf({ number: "", name: "", noteDispatch: "email" })).toEqual({
      number: "validation.required",
      name: "validation.required",
      noteEmails: "validation.noteEmailRequired",
    });
  });

  it("parses euro amounts with a comma into cents", () => {
    const customer = customerFormSchema.parse({
      ...valid,
      deliveryFeeCents: "2,50",
      freeDeliveryMinimumCents: "1.250,00",
    });
    expect(customer.deliveryFeeCents).toBe(250);
    expect(customer.freeDeliveryMinimumCents).toBe(125_000);
  });

  it("rejects malformed and negative amounts", () => {
    expect(issuesOf({ ...valid, deliveryFeeCents: "2,50,1" })).toEqual({ deliveryFeeCents: "validation.money" });
    expect(issuesOf({ ...valid, deliveryFeeCents: "-1" })).toEqual({ deliveryFeeCents: "validation.moneyRange" });
  });

  it("checks the number", () => {
    expect(issuesOf({ ...valid, number: "12a" })).toEqual({ number: "validation.wholeNumber" });
    expect(issuesOf({ ...valid, number: "0" })).toEqual({ number: "validation.tooSmall" });
    expect(issuesOf({ ...valid, number: "3000000000" })).toEqual({ number: "validation.tooLarge" });
  });

  it("reads check boxes from form values", () => {
    const customer = customerFormSchema.parse({ ...valid, blocked: "on", hidePrices: "false", printNetPrices: true });
    expect([customer.blocked, customer.hidePrices, customer.printNetPrices]).toEqual([true, false, true]);
  });

  it("reads the call time", () => {
    expect(customerFormSchema.parse({ ...valid, callBefore: "9.30" }).callBefore).toBe("09:30");
    expect(issuesOf({ ...valid, callBefore: "25:00" })).toEqual({ callBefore: "validation.timeOfDay" });
  });

  it("needs a name and street for a separate invoice address", () => {
    expect(issuesOf({ ...valid, hasSeparateInvoiceAddress: true })).toEqual({
      invoiceName: "validation.required",
      invoiceAddress: "validation.required",
    });
  });

  it("makes the first delivery address the default", () => {
    const customer = customerFormSchema.parse({
      ...valid,
      deliveryAddresses: [{ address: "A 1" }, { address: "B 2" }],
    });
    expect(customer.deliveryAddresses.map((address) => address.isDefault)).toEqual([true, false]);
  });

  it("rejects two default delivery addresses", () => {
    const input = {
      ...valid,
      deliveryAddresses: [
        { address: "A 1", isDefault: true },
        { address: "B 2", isDefault: true },
      ],
    };
    expect(issuesOf(input)).toEqual({ deliveryAddresses: "validation.oneDefaultAddress" });
  });

  it("checks contact persons", () => {
    expect(issuesOf({ ...valid, contacts: [{ name: "", email: "x" }] })).toEqual({
      "contacts.0.name": "validation.required",
      "contacts.0.email": "validation.email",
    });
  });
});

describe("customerRecordToValues", () => {
  it("parses back to the same stored fields", () => {
    const fields = customerFieldsSchema.parse({
      ...emptyCustomerValues(5),
      name: "Terug",
      deliveryFeeCents: "1234,05",
      freeDeliveryMinimumCents: "0",
      callBefore: "07:05",
      noteDispatch: "email",
      noteEmails: "a@x.nl, b@x.nl",
    });
    const record = {
      ...fields,
      callBefore: "07:05:00",
      tenantId: "t",
      id: "i",
      archivedAt: null,
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    expect(customerFieldsSchema.parse(customerRecordToValues(record))).toEqual(fields);
  });
});
