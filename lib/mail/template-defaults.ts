import type { Locale } from "@/i18n/messages";
import type { MessageKind } from "./template-placeholders";
import type { MailTemplate } from "./template-render";

const signature: Record<Locale, string> = {
  nl: [
    "Met vriendelijke groet,",
    "",
    "[TRADENAME]",
    "[ADDRESS]",
    "[POSTALCODE] [CITY]",
    "Telefoon: [PHONENUMBER]",
    "E-mail: [EMAILADDRESS]",
  ].join("\n"),
  en: [
    "Kind regards,",
    "",
    "[TRADENAME]",
    "[ADDRESS]",
    "[POSTALCODE] [CITY]",
    "Phone: [PHONENUMBER]",
    "Email: [EMAILADDRESS]",
  ].join("\n"),
};

function body(locale: Locale, ...paragraphs: string[]): string {
  return [...paragraphs, signature[locale]].join("\n\n");
}

const defaults: Record<MessageKind, Record<Locale, MailTemplate>> = {
  delivery_notes: {
    nl: {
      subject: "Leverbon [NOTENUMBERS] van [TRADENAME]",
      body: body(
        "nl",
        "Beste [CONTACTPERSON],",
        "In de bijlage vindt u de leverbon(nen) voor [CUSTOMERNAME] (klantnummer [CUSTOMERNUMBER]).",
        "Leverbon(nen): [NOTENUMBERS]\nOrder(s): [ORDERNUMBERS]\nLevering: [DELIVERYDATESTART] t/m [DELIVERYDATEEND]",
        "Klopt er iets niet? Laat het ons gerust weten, dan lossen we het snel op.",
      ),
    },
    en: {
      subject: "Delivery note [NOTENUMBERS] from [TRADENAME]",
      body: body(
        "en",
        "Dear [CONTACTPERSON],",
        "Please find attached the delivery note(s) for [CUSTOMERNAME] (customer number [CUSTOMERNUMBER]).",
        "Delivery note(s): [NOTENUMBERS]\nOrder(s): [ORDERNUMBERS]\nDelivery: [DELIVERYDATESTART] to [DELIVERYDATEEND]",
        "If anything is not right, just let us know and we will sort it out quickly.",
      ),
    },
  },
  invoices: {
    nl: {
      subject: "Factuur van [TRADENAME]",
      body: body(
        "nl",
        "Beste [CONTACTPERSON],",
        "In de bijlage vindt u de factuur voor [CUSTOMERNAME] (klantnummer [CUSTOMERNUMBER]) over de leveringen van [DELIVERYDATESTART] t/m [DELIVERYDATEEND].",
        "Heeft u een vraag over deze factuur? Neem dan gerust contact met ons op.",
      ),
    },
    en: {
      subject: "Invoice from [TRADENAME]",
      body: body(
        "en",
        "Dear [CONTACTPERSON],",
        "Please find attached the invoice for [CUSTOMERNAME] (customer number [CUSTOMERNUMBER]) for the deliveries from [DELIVERYDATESTART] to [DELIVERYDATEEND].",
        "If you have a question about this invoice, please get in touch.",
      ),
    },
  },
  production_lists: {
    nl: {
      subject: "Productielijst [DELIVERYDATESTART] – [TRADENAME]",
      body: body(
        "nl",
        "Goedemorgen,",
        "In de bijlage vindt u de productielijst voor de leveringen van [DELIVERYDATESTART] t/m [DELIVERYDATEEND].",
      ),
    },
    en: {
      subject: "Production list [DELIVERYDATESTART] – [TRADENAME]",
      body: body(
        "en",
        "Good morning,",
        "Please find attached the production list for the deliveries from [DELIVERYDATESTART] to [DELIVERYDATEEND].",
      ),
    },
  },
  test_message: {
    nl: {
      subject: "Testbericht van [TRADENAME]",
      body: body(
        "nl",
        "Goedendag,",
        "Dit is een testbericht van [TRADENAME]. Nu dit bericht is aangekomen, weten we dat de mailinstellingen werken en dat leverbonnen per e-mail verstuurd kunnen worden.",
        "U hoeft niets met dit bericht te doen.",
      ),
    },
    en: {
      subject: "Test message from [TRADENAME]",
      body: body(
        "en",
        "Hello,",
        "This is a test message from [TRADENAME]. Now that it has arrived, the mail settings are known to work and delivery notes can be sent by email.",
        "There is no need to do anything with this message.",
      ),
    },
  },
};

/** Returns the built-in subject and body of a kind, used until a tenant writes its own and after "reset to default". */
export function defaultTemplate(kind: MessageKind, locale: Locale): MailTemplate {
  return { ...defaults[kind][locale] };
}
