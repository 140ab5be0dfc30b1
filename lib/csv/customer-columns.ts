import type { CustomerFieldKey } from "@/lib/validation/customer-values";
import type { CsvColumn } from "./columns";

const text = { type: "text" } as const;
const boolean = { type: "boolean" } as const;

/** The customer CSV's columns in export order. Contact persons and delivery addresses are not part of it. */
export const customerCsvColumns: readonly CsvColumn<CustomerFieldKey>[] = [
  {
    key: "number",
    field: text,
    required: true,
    aliases: ["nr", "klantnummer", "klantnr", "debiteurnummer", "debiteur", "customer number"],
  },
  { key: "kind", field: { type: "choice", choice: "kind" }, aliases: ["type", "soort klant"] },
  {
    key: "name",
    field: text,
    required: true,
    aliases: ["naam", "klantnaam", "debiteurnaam", "bedrijfsnaam", "customer name", "company"],
  },
  { key: "contactPerson", field: text, aliases: ["contact"] },
  { key: "phone", field: text, aliases: ["telefoonnummer", "tel", "telephone"] },
  { key: "email", field: text, aliases: ["email", "e-mail", "mail"] },
  { key: "address", field: text, aliases: ["straat", "street", "adres"] },
  { key: "postalCode", field: text, aliases: ["zip", "zip code", "postcode"] },
  { key: "city", field: text, aliases: ["woonplaats", "plaats", "town"] },
  { key: "route", field: text },
  { key: "deliveryMethod", field: { type: "choice", choice: "deliveryMethod" }, aliases: ["bezorgen", "levering"] },
  { key: "deliveryFeeCents", field: text, aliases: ["bezorgkosten", "delivery fee"] },
  { key: "freeDeliveryMinimumCents", field: text, aliases: ["minimumbesteding", "minimum order"] },
  { key: "copies", field: text, aliases: ["aantal", "kopieen"] },
  { key: "noteDispatch", field: { type: "choice", choice: "noteDispatch" }, aliases: ["versturen", "dispatch"] },
  { key: "noteEmails", field: text, aliases: ["e-mailadres bonnen", "note email", "note emails"] },
  { key: "branch", field: text, aliases: ["filiaal"] },
  { key: "customerReference", field: text, aliases: ["klantref", "referentie", "reference"] },
  { key: "customerReferenceLabel", field: text, aliases: ["omschrijving klantref"] },
  { key: "onCallList", field: boolean, aliases: ["bellijst"] },
  { key: "callBefore", field: text, aliases: ["bellen voor"] },
  { key: "blocked", field: boolean },
  { key: "hidePrices", field: boolean, aliases: ["geen prijzen op bon"] },
  { key: "printNetPrices", field: boolean, aliases: ["netto prijs afdrukken"] },
  { key: "alwaysShowDeliveryAddress", field: boolean, aliases: ["afleveradres altijd op de bon"] },
  { key: "splitBreadAndPastry", field: boolean, aliases: ["dubbele bonnen voor brood en banket"] },
  { key: "isCashCustomer", field: boolean, aliases: ["contant", "contantbon"] },
  { key: "productionShift", field: text, aliases: ["shift"] },
  { key: "orderGroup", field: text },
  { key: "labelText", field: text, aliases: ["tekst op etiket", "etiket"] },
  { key: "slicing", field: { type: "choice", choice: "slicing" }, aliases: ["snijden"] },
  { key: "keepOrderHistory", field: boolean, aliases: ["historie van orders bijhouden", "historie"] },
  { key: "hasSeparateInvoiceAddress", field: boolean },
  { key: "invoiceName", field: text },
  { key: "invoiceAddress", field: text },
  { key: "invoicePostalCode", field: text },
  { key: "invoiceCity", field: text },
];
