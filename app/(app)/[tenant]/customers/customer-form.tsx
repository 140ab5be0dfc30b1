"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useFieldErrors } from "@/components/record-form/use-field-errors";
import { useSaveToasts } from "@/components/record-form/use-save-toasts";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import type { CustomerFieldKey, CustomerFieldValues } from "@/lib/validation/customer-values";
import { createCustomerAction, updateCustomerAction } from "./actions";
import { ContactsSection, DeliveryAddressesSection } from "./customer-form-lists";
import { DeliverySection, GeneralSection, InvoiceSection } from "./customer-form-sections";
import { customerFormInput, type CustomerFormState } from "./form-state";

const sectionIds = ["general", "delivery", "delivery-addresses", "contacts", "invoice"] as const;
const sectionLabels = {
  general: "general",
  delivery: "delivery",
  "delivery-addresses": "deliveryAddresses",
  contacts: "contacts",
  invoice: "invoice",
} as const;

/**
 * The customer form with the desktop product's sections (general, delivery,
 * delivery addresses, contact persons, invoice address), saved together.
 * Without `customerId` it creates a customer.
 */
export function CustomerForm({
  slug,
  customerId,
  initial,
  canWrite,
}: {
  slug: string;
  customerId?: string;
  initial: CustomerFormState;
  canWrite: boolean;
}) {
  const t = useTranslations("customers");
  const translate = useTranslations();
  const router = useRouter();
  const [state, setState] = useState(initial);
  const [pending, startTransition] = useTransition();
  const { fieldErrors, setFieldErrors, errorsFor } = useFieldErrors();
  const toasts = useSaveToasts();
  const disabled = !canWrite || pending;

  const set = <Key extends CustomerFieldKey>(key: Key, value: CustomerFieldValues[Key]) =>
    setState((current) => ({ ...current, values: { ...current.values, [key]: value } }));

  const handleResult = (result: ActionResult<unknown>, onSuccess: () => void) => {
    if (result.ok) {
      setFieldErrors({});
      onSuccess();
      return;
    }
    const errors = { ...(result.fieldErrors ?? {}) };
    // A taken number belongs next to the number field.
    if (result.error === "errors.customer_number_taken") errors.number = ["validation.numberTaken"];
    setFieldErrors(errors);
    toasts.showError(result.fieldErrors ? t("form.errorSummary") : translate(result.error, result.values));
    const first = Object.keys(errors)[0];
    if (first) document.getElementById(`customer-${first}`)?.focus();
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const input = customerFormInput(state);
    toasts.dismissError();
    startTransition(async () => {
      if (customerId) {
        const result = await updateCustomerAction(slug, { id: customerId, values: input });
        handleResult(result, () => {
          toasts.showSuccess(t("form.saved"));
          router.refresh();
        });
      } else {
        const result = await createCustomerAction(slug, input);
        handleResult(result, () => {
          toasts.showSuccess(t("form.created", { number: state.values.number }));
          if (result.ok) router.push(`/${slug}/customers/${result.data.id}`);
        });
      }
    });
  };

  const sectionProps = { values: state.values, set, errorsFor, disabled };
  const hasErrors = Object.keys(fieldErrors).length > 0;

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <nav aria-label={t("sections.nav")} className="sticky top-0 z-10 -mx-4 overflow-x-auto bg-stone-50/95 px-4 py-2">
        <ul className="flex gap-2 text-sm whitespace-nowrap">
          {sectionIds.map((id) => (
            <li key={id}>
              <a
                href={`#${id}`}
                className="inline-block rounded-full border border-stone-300 bg-white px-3 py-1 hover:bg-stone-100"
              >
                {t(`sections.${sectionLabels[id]}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      {!canWrite ? (
        <p role="status" className="rounded-md bg-stone-100 p-3 text-sm text-stone-800">
          {t("form.readOnly")}
        </p>
      ) : null}
      {hasErrors ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {t("form.errorSummary")}
        </p>
      ) : null}

      <GeneralSection {...sectionProps} />
      <DeliverySection {...sectionProps} />
      <DeliveryAddressesSection
        rows={state.addresses}
        onChange={(addresses) => setState((current) => ({ ...current, addresses }))}
        errorsFor={errorsFor}
        disabled={disabled}
      />
      <ContactsSection
        rows={state.contacts}
        onChange={(contacts) => setState((current) => ({ ...current, contacts }))}
        errorsFor={errorsFor}
        disabled={disabled}
      />
      <InvoiceSection {...sectionProps} />

      {canWrite ? (
        <div className="sticky bottom-0 -mx-4 flex gap-3 border-t border-stone-200 bg-white/95 px-4 py-3">
          <Button type="submit" disabled={pending}>
            {pending ? t("form.saving") : t("form.save")}
          </Button>
          <Button variant="secondary" onClick={() => router.push(`/${slug}/customers`)} disabled={pending}>
            {t("form.cancel")}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
