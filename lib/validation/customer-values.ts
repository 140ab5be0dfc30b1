import type { customers } from "@/db/schema";
import type { CustomerKind, DeliveryMethod, NoteDispatchKind, Slicing } from "./customer";
import { centsToEuroText } from "./form-fields";

/**
 * A customer's fields as a form or a CSV row holds them before validation:
 * text for numbers, amounts and address lists, booleans for check boxes and
 * codes for choices. customerFieldsSchema turns them into stored values.
 */
export type CustomerFieldValues = {
  number: string;
  kind: CustomerKind;
  name: string;
  contactPerson: string;
  phone: string;
  email: string;
  address: string;
  postalCode: string;
  city: string;
  onCallList: boolean;
  callBefore: string;
  route: string;
  deliveryMethod: DeliveryMethod;
  deliveryFeeCents: string;
  freeDeliveryMinimumCents: string;
  copies: string;
  noteDispatch: NoteDispatchKind;
  noteEmails: string;
  branch: string;
  customerReference: string;
  customerReferenceLabel: string;
  blocked: boolean;
  hidePrices: boolean;
  printNetPrices: boolean;
  alwaysShowDeliveryAddress: boolean;
  splitBreadAndPastry: boolean;
  isCashCustomer: boolean;
  productionShift: string;
  orderGroup: string;
  labelText: string;
  slicing: Slicing;
  keepOrderHistory: boolean;
  hasSeparateInvoiceAddress: boolean;
  invoiceName: string;
  invoiceAddress: string;
  invoicePostalCode: string;
  invoiceCity: string;
};

export type CustomerFieldKey = keyof CustomerFieldValues;

/** The values of a new customer's form. */
export function emptyCustomerValues(number: number | null): CustomerFieldValues {
  return {
    number: number === null ? "" : String(number),
    kind: "company",
    name: "",
    contactPerson: "",
    phone: "",
    email: "",
    address: "",
    postalCode: "",
    city: "",
    onCallList: false,
    callBefore: "",
    route: "",
    deliveryMethod: "deliver",
    deliveryFeeCents: "0,00",
    freeDeliveryMinimumCents: "",
    copies: "1",
    noteDispatch: "paper",
    noteEmails: "",
    branch: "",
    customerReference: "",
    customerReferenceLabel: "",
    blocked: false,
    hidePrices: false,
    printNetPrices: false,
    alwaysShowDeliveryAddress: false,
    splitBreadAndPastry: false,
    isCashCustomer: false,
    productionShift: "",
    orderGroup: "",
    labelText: "",
    slicing: "unsliced",
    keepOrderHistory: false,
    hasSeparateInvoiceAddress: false,
    invoiceName: "",
    invoiceAddress: "",
    invoicePostalCode: "",
    invoiceCity: "",
  };
}

/** A stored customer as form values, so that saving them unchanged stores the same customer. */
export function customerRecordToValues(record: typeof customers.$inferSelect): CustomerFieldValues {
  return {
    number: String(record.number),
    kind: record.kind,
    name: record.name,
    contactPerson: record.contactPerson,
    phone: record.phone,
    email: record.email,
    address: record.address,
    postalCode: record.postalCode,
    city: record.city,
    onCallList: record.onCallList,
    callBefore: record.callBefore ? record.callBefore.slice(0, 5) : "",
    route: record.route,
    deliveryMethod: record.deliveryMethod,
    deliveryFeeCents: centsToEuroText(record.deliveryFeeCents),
    freeDeliveryMinimumCents:
      record.freeDeliveryMinimumCents === null ? "" : centsToEuroText(record.freeDeliveryMinimumCents),
    copies: String(record.copies),
    noteDispatch: record.noteDispatch,
    noteEmails: record.noteEmails.join(", "),
    branch: record.branch,
    customerReference: record.customerReference,
    customerReferenceLabel: record.customerReferenceLabel,
    blocked: record.blocked,
    hidePrices: record.hidePrices,
    printNetPrices: record.printNetPrices,
    alwaysShowDeliveryAddress: record.alwaysShowDeliveryAddress,
    splitBreadAndPastry: record.splitBreadAndPastry,
    isCashCustomer: record.isCashCustomer,
    productionShift: record.productionShift,
    orderGroup: record.orderGroup,
    labelText: record.labelText,
    slicing: record.slicing,
    keepOrderHistory: record.keepOrderHistory,
    hasSeparateInvoiceAddress: record.hasSeparateInvoiceAddress,
    invoiceName: record.invoiceName,
    invoiceAddress: record.invoiceAddress,
    invoicePostalCode: record.invoicePostalCode,
    invoiceCity: record.invoiceCity,
  };
}
