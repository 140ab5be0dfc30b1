"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import type { PreviewCustomer } from "@/lib/data/mail-templates";
import { formatDutchDate, type IsoDate } from "@/lib/dates";
import type { MessageKind, RenderedMessage } from "@/lib/mail/templates";
import { exampleNoteNumber, exampleOrderNumber } from "./preview-values";

/**
 * Shows the message as a recipient would see it: the subject, and the HTML part in a
 * sandboxed frame. renderTemplate has escaped every value and the text itself, and the
 * empty sandbox runs no script, so nothing typed can act on this page.
 */
export function TemplatePreview({
  kind,
  rendered,
  usesCustomer,
  customers,
  customerId,
  onCustomerChange,
  today,
}: {
  kind: MessageKind;
  rendered: RenderedMessage;
  usesCustomer: boolean;
  customers: PreviewCustomer[];
  customerId: string;
  onCustomerChange: (customerId: string) => void;
  today: IsoDate;
}) {
  const t = useTranslations("templates.preview");
  const headingId = `${kind}-preview-heading`;
  const selectId = `${kind}-preview-customer`;

  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h3 id={headingId} className="text-base font-semibold text-stone-900">
        {t("heading")}
      </h3>

      {usesCustomer ? (
        <Field id={selectId} label={t("customer")} hint={customers.length === 0 ? t("noCustomers") : undefined}>
          <Select
            id={selectId}
            value={customerId}
            onChange={(event) => onCustomerChange(event.target.value)}
            aria-describedby={customers.length === 0 ? `${selectId}-hint` : undefined}
          >
            {customers.length === 0 ? <option value="">{t("exampleCustomer")}</option> : null}
            {customers.map((customer) => (
              <option key={customer.id} value={customer.id}>
                {t("customerOption", { number: customer.number, name: customer.name })}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}

      <p className="text-xs text-stone-600">
        {t("sample", { kind, note: exampleNoteNumber, order: exampleOrderNumber, date: formatDutchDate(today) })}
      </p>

      <dl className="rounded-md border border-stone-200 bg-stone-50 p-3 text-sm">
        <dt className="text-xs font-medium text-stone-600">{t("subject")}</dt>
        <dd className="mt-1 font-medium break-words text-stone-900">{rendered.subject}</dd>
      </dl>

      <iframe
        title={t("frameTitle")}
        sandbox=""
        srcDoc={rendered.html}
        className="h-[28rem] w-full rounded-md border border-stone-200 bg-white"
      />
    </section>
  );
}
