import { z } from "zod";
import {
  checkboxField,
  emailListField,
  integerField,
  moneyField,
  optionalEmailField,
  optionalRowIdField,
  optionalText,
  optionalTimeOfDayField,
  recordNumberField,
  requiredText,
} from "./form-fields";
import { listQueryShape } from "./list-query";

export const customerKinds = ["company", "private", "walk_in"] as const;
export type CustomerKind = (typeof customerKinds)[number];

export const noteDispatchKinds = ["paper", "email", "paper_and_email"] as const;
export type NoteDispatchKind = (typeof noteDispatchKinds)[number];

export const deliveryMethods = ["deliver", "pick_up"] as const;
export type DeliveryMethod = (typeof deliveryMethods)[number];

export const slicingOptions = ["sliced", "unsliced"] as const;
export type Slicing = (typeof slicingOptions)[number];

export const maxContactsPerCustomer = 50;
export const maxDeliveryAddressesPerCustomer = 50;

/** Whether a dispatch kind sends the notes by email (and so needs an address). */
export function dispatchIncludesEmail(kind: NoteDispatchKind): boolean {
  return kind === "email" || kind === "paper_and_email";
}

/** The customer's own fields: what the form's general, delivery and invoice sections and a CSV row hold. */
const customerFieldsShape = {
  number: recordNumberField,
  kind: z.enum(customerKinds, { error: "validation.invalid_value" }).default("company"),
  name: requiredText(200),
  contactPerson: optionalText(200),
  phone: optionalText(50),
  email: optionalEmailField,
  address: optionalText(200),
  postalCode: optionalText(20),
  city: optionalText(100),

  onCallList: checkboxField,
  callBefore: optionalTimeOfDayField,
  route: optionalText(50),
  deliveryMethod: z.enum(deliveryMethods, { error: "validation.invalid_value" }).default("deliver"),
  deliveryFeeCents: moneyField(0),
  /** Empty means the delivery fee applies to every order. */
  freeDeliveryMinimumCents: moneyField(null),
  copies: integerField(1, 20).default(1),
  noteDispatch: z.enum(noteDispatchKinds, { error: "validation.invalid_value" }).default("paper"),
  noteEmails: emailListField,
  branch: optionalText(100),
  customerReference: optionalText(100),
  customerReferenceLabel: optionalText(50),

  blocked: checkboxField,
  hidePrices: checkboxField,
  printNetPrices: checkboxField,
  alwaysShowDeliveryAddress: checkboxField,
  splitBreadAndPastry: checkboxField,
  isCashCustomer: checkboxField,
  productionShift: optionalText(50),
  orderGroup: optionalText(50),
  labelText: optionalText(200),
  slicing: z.enum(slicingOptions, { error: "validation.invalid_value" }).default("unsliced"),
  keepOrderHistory: checkboxField,

  hasSeparateInvoiceAddress: checkboxField,
  invoiceName: optionalText(200),
  invoiceAddress: optionalText(200),
  invoicePostalCode: optionalText(20),
  invoiceCity: optionalText(100),
};

type CustomerRuleInput = {
  noteDispatch: NoteDispatchKind;
  noteEmails: string[];
  hasSeparateInvoiceAddress: boolean;
  invoiceName: string;
  invoiceAddress: string;
};

/** Rules across fields: email dispatch needs an address, a separate invoice address needs a name and street. */
function checkCustomerRules(customer: CustomerRuleInput, context: z.RefinementCtx): void {
  if (dispatchIncludesEmail(customer.noteDispatch) && customer.noteEmails.length === 0) {
    context.addIssue({ code: "custom", path: ["noteEmails"], message: "validation.noteEmailRequired" });
  }
  if (customer.hasSeparateInvoiceAddress) {
    if (customer.invoiceName === "") {
      context.addIssue({ code: "custom", path: ["invoiceName"], message: "validation.required" });
    }
    if (customer.invoiceAddress === "") {
      context.addIssue({ code: "custom", path: ["invoiceAddress"], message: "validation.required" });
    }
  }
}

/** The fields checkCustomerRules reads. */
const ruleFields = new Set([
  "noteDispatch",
  "noteEmails",
  "hasSeparateInvoiceAddress",
  "invoiceName",
  "invoiceAddress",
]);

/**
 * Run the cross-field rules whenever the fields they read are valid, even if
 * other fields are not, so that the form shows every error at once.
 */
const whenRuleFieldsAreValid = {
  when: (payload: z.core.ParsePayload) => !payload.issues.some((issue) => ruleFields.has(String(issue.path?.[0]))),
};

export const customerFieldsSchema = z
  .object(customerFieldsShape)
  .superRefine(checkCustomerRules, whenRuleFieldsAreValid);
export type CustomerFieldsInput = z.input<typeof customerFieldsSchema>;
export type CustomerFields = z.output<typeof customerFieldsSchema>;

export const customerContactSchema = z.object({
  id: optionalRowIdField,
  name: requiredText(200),
  role: optionalText(100),
  phone: optionalText(50),
  email: optionalEmailField,
});
export type CustomerContact = z.output<typeof customerContactSchema>;

export const deliveryAddressSchema = z.object({
  id: optionalRowIdField,
  name: optionalText(200),
  address: requiredText(200),
  postalCode: optionalText(20),
  city: optionalText(100),
  isDefault: checkboxField,
});
export type DeliveryAddress = z.output<typeof deliveryAddressSchema>;

/**
 * Delivery addresses with exactly one default when there are any: the first
 * one becomes the default when none is marked, and two marked is an error.
 */
const deliveryAddressListSchema = z
  .array(deliveryAddressSchema)
  .max(maxDeliveryAddressesPerCustomer, { error: "validation.tooMany" })
  .default([])
  .superRefine((addresses, context) => {
    if (addresses.filter((address) => address.isDefault).length > 1) {
      context.addIssue({ code: "custom", message: "validation.oneDefaultAddress" });
    }
  })
  .transform((addresses) => {
    if (addresses.length === 0 || addresses.some((address) => address.isDefault)) return addresses;
    return addresses.map((address, index) => ({ ...address, isDefault: index === 0 }));
  });

/** Everything the customer form saves at once: the fields, the contact persons and the delivery addresses. */
export const customerFormSchema = z
  .object({
    ...customerFieldsShape,
    contacts: z.array(customerContactSchema).max(maxContactsPerCustomer, { error: "validation.tooMany" }).default([]),
    deliveryAddresses: deliveryAddressListSchema,
  })
  .superRefine(checkCustomerRules, whenRuleFieldsAreValid);
export type CustomerFormInput = z.input<typeof customerFormSchema>;
export type CustomerForm = z.output<typeof customerFormSchema>;

export const customerSortColumns = ["number", "name", "city", "route", "email"] as const;
export type CustomerSortColumn = (typeof customerSortColumns)[number];

/** The customer list's URL search parameters; malformed values fall back to their defaults. */
export const customerListQuerySchema = z.object({
  ...listQueryShape,
  sort: z.enum(customerSortColumns).catch("number").default("number"),
  dispatch: z.enum(noteDispatchKinds).optional().catch(undefined),
  route: z.string().trim().max(50).optional().catch(undefined),
  branch: z.string().trim().max(100).optional().catch(undefined),
  blocked: z.enum(["yes", "no"]).optional().catch(undefined),
  archived: z.enum(["active", "archived", "all"]).catch("active").default("active"),
});
export type CustomerListQuery = z.output<typeof customerListQuerySchema>;
