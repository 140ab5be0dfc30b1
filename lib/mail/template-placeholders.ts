import { formatDutchDate, type IsoDate } from "@/lib/dates";

/** The messages that have their own email text, one subject and body each per tenant. */
export const messageKinds = ["delivery_notes", "invoices", "production_lists", "test_message"] as const;
export type MessageKind = (typeof messageKinds)[number];

export function isMessageKind(value: string): value is MessageKind {
  return (messageKinds as readonly string[]).includes(value);
}

/** Every placeholder, in the order the settings page lists them. Templates may write them in any case. */
export const placeholderNames = [
  "TRADENAME",
  "ADDRESS",
  "POSTALCODE",
  "CITY",
  "PHONENUMBER",
  "FAXNUMBER",
  "EMAILADDRESS",
  "CONTACTPERSON",
  "CUSTOMERNAME",
  "CUSTOMERNUMBER",
  "NOTENUMBERS",
  "ORDERNUMBERS",
  "DELIVERYDATESTART",
  "DELIVERYDATEEND",
] as const;
export type PlaceholderName = (typeof placeholderNames)[number];

const bakeryPlaceholders = [
  "TRADENAME",
  "ADDRESS",
  "POSTALCODE",
  "CITY",
  "PHONENUMBER",
  "FAXNUMBER",
  "EMAILADDRESS",
] as const satisfies readonly PlaceholderName[];

/**
 * The placeholders each kind may use. Customer placeholders need a customer, so the
 * production lists (sent within the bakery) and the test message have none. Note numbers
 * exist only for delivery and cash notes. An invoice lists the orders it bills.
 */
const placeholdersByKind: Record<MessageKind, readonly PlaceholderName[]> = {
  delivery_notes: [
    ...bakeryPlaceholders,
    "CONTACTPERSON",
    "CUSTOMERNAME",
    "CUSTOMERNUMBER",
    "NOTENUMBERS",
    "ORDERNUMBERS",
    "DELIVERYDATESTART",
    "DELIVERYDATEEND",
  ],
  invoices: [
    ...bakeryPlaceholders,
    "CONTACTPERSON",
    "CUSTOMERNAME",
    "CUSTOMERNUMBER",
    "ORDERNUMBERS",
    "DELIVERYDATESTART",
    "DELIVERYDATEEND",
  ],
  production_lists: [...bakeryPlaceholders, "DELIVERYDATESTART", "DELIVERYDATEEND"],
  test_message: bakeryPlaceholders,
};

/** Returns the placeholders a template of this kind may use, in display order. */
export function placeholdersFor(kind: MessageKind): readonly PlaceholderName[] {
  return placeholdersByKind[kind];
}

/** Looks up the known placeholder that a name written in a template refers to, ignoring case. */
export function findPlaceholder(writtenName: string): PlaceholderName | undefined {
  const upper = writtenName.toUpperCase();
  return placeholderNames.find((name) => name === upper);
}

type TextValue = string | null | undefined;
type NumberValue = string | number | null | undefined;

/**
 * The data a message is filled with. Every field is optional: a missing or null value
 * renders as empty text. The bakery fields match the tenant record, the customer fields
 * the customer record, so both can be passed as they are.
 */
export type TemplateValues = {
  bakery?: {
    tradeName?: TextValue;
    address?: TextValue;
    postalCode?: TextValue;
    city?: TextValue;
    phone?: TextValue;
    fax?: TextValue;
    email?: TextValue;
  };
  customer?: {
    name?: TextValue;
    number?: NumberValue;
    /** Pass the customer name here when there is no contact person, so a greeting still reads well. */
    contactPerson?: TextValue;
  };
  noteNumbers?: readonly (string | number)[];
  orderNumbers?: readonly (string | number)[];
  /** ISO calendar dates "yyyy-mm-dd", as the SQL `date` type returns them. */
  deliveryDateStart?: IsoDate | null;
  deliveryDateEnd?: IsoDate | null;
};

const placeholderValues: Record<PlaceholderName, (values: TemplateValues) => string> = {
  TRADENAME: (values) => text(values.bakery?.tradeName),
  ADDRESS: (values) => text(values.bakery?.address),
  POSTALCODE: (values) => text(values.bakery?.postalCode),
  CITY: (values) => text(values.bakery?.city),
  PHONENUMBER: (values) => text(values.bakery?.phone),
  FAXNUMBER: (values) => text(values.bakery?.fax),
  EMAILADDRESS: (values) => text(values.bakery?.email),
  CONTACTPERSON: (values) => text(values.customer?.contactPerson),
  CUSTOMERNAME: (values) => text(values.customer?.name),
  CUSTOMERNUMBER: (values) => text(values.customer?.number),
  NOTENUMBERS: (values) => list(values.noteNumbers),
  ORDERNUMBERS: (values) => list(values.orderNumbers),
  DELIVERYDATESTART: (values) => date(values.deliveryDateStart, "DELIVERYDATESTART"),
  DELIVERYDATEEND: (values) => date(values.deliveryDateEnd, "DELIVERYDATEEND"),
};

/**
 * Formats the text a placeholder stands for, not yet escaped for HTML or made safe for
 * a header. Dates come out as dd-mm-yyyy and lists joined with ", ".
 *
 * @throws RangeError when a delivery date is not a valid "yyyy-mm-dd" calendar date.
 */
export function placeholderText(name: PlaceholderName, values: TemplateValues): string {
  return placeholderValues[name](values);
}

function text(value: string | number | null | undefined): string {
  return value === null || value === undefined ? "" : String(value);
}

function list(values: readonly (string | number)[] | undefined): string {
  return (values ?? []).map(String).join(", ");
}

// The date is read from its digits alone. A JS Date would need a time zone, and a zone
// whose offset changes that night could move the day.
function date(value: IsoDate | null | undefined, name: PlaceholderName): string {
  if (value === null || value === undefined || value === "") return "";
  if (!isCalendarDate(value)) {
    throw new RangeError(`Invalid date for [${name}]: expected "yyyy-mm-dd", received ${JSON.stringify(value)}.`);
  }
  return formatDutchDate(value);
}

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;

  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;

  const leapYear = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leapYear ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (daysInMonth[month - 1] ?? 0);
}
