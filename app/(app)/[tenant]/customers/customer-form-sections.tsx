"use client";

import { useTranslations } from "next-intl";
import { CheckboxControl, FormSection, SelectControl, TextControl } from "@/components/record-form/controls";
import {
  customerKinds,
  deliveryMethods,
  dispatchIncludesEmail,
  noteDispatchKinds,
  slicingOptions,
} from "@/lib/validation/customer";
import type { CustomerFieldKey, CustomerFieldValues } from "@/lib/validation/customer-values";

export type SectionProps = {
  values: CustomerFieldValues;
  set: <Key extends CustomerFieldKey>(key: Key, value: CustomerFieldValues[Key]) => void;
  errorsFor: (path: string, label?: string) => string[] | undefined;
  disabled: boolean;
};

type KeysOfType<Type> = {
  [Key in CustomerFieldKey]: CustomerFieldValues[Key] extends Type ? Key : never;
}[CustomerFieldKey];

/** Props for the text control of a field: id, label, value, change handler and errors. */
function useTextProps({ values, set, errorsFor, disabled }: SectionProps) {
  const t = useTranslations("customers.fields");
  return (key: KeysOfType<string>) => ({
    id: `customer-${key}`,
    label: t(key),
    value: values[key],
    onChange: (value: string) => set(key, value as CustomerFieldValues[typeof key]),
    errors: errorsFor(key, t(key)),
    disabled,
  });
}

function useCheckboxProps({ values, set, errorsFor, disabled }: SectionProps) {
  const t = useTranslations("customers.fields");
  return (key: KeysOfType<boolean>) => ({
    id: `customer-${key}`,
    label: t(key),
    checked: values[key],
    onChange: (checked: boolean) => set(key, checked),
    errors: errorsFor(key),
    disabled,
  });
}

export function GeneralSection(props: SectionProps) {
  const t = useTranslations("customers");
  const text = useTextProps(props);
  const checkbox = useCheckboxProps(props);
  const { values, set, errorsFor, disabled } = props;

  return (
    <FormSection id="general" title={t("sections.general")}>
      <TextControl {...text("number")} inputMode="numeric" required hint={t("fields.numberHint")} />
      <SelectControl
        id="customer-kind"
        label={t("fields.kind")}
        value={values.kind}
        onChange={(kind) => set("kind", kind)}
        options={customerKinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
        errors={errorsFor("kind")}
        disabled={disabled}
      />
      <TextControl {...text("name")} required autoComplete="organization" />
      <TextControl {...text("contactPerson")} hint={t("fields.contactPersonHint")} />
      <TextControl {...text("phone")} type="tel" autoComplete="tel" />
      <TextControl {...text("email")} type="email" autoComplete="email" />
      <TextControl {...text("address")} autoComplete="street-address" />
      <TextControl {...text("postalCode")} autoComplete="postal-code" />
      <TextControl {...text("city")} autoComplete="address-level2" />
      <TextControl {...text("branch")} />
      <TextControl {...text("customerReference")} />
      <TextControl {...text("customerReferenceLabel")} hint={t("fields.customerReferenceLabelHint")} />
      <CheckboxControl {...checkbox("blocked")} hint={t("fields.blockedHint")} />
    </FormSection>
  );
}

export function DeliverySection(props: SectionProps) {
  const t = useTranslations("customers");
  const text = useTextProps(props);
  const checkbox = useCheckboxProps(props);
  const { values, set, errorsFor, disabled } = props;
  const emailDispatch = dispatchIncludesEmail(values.noteDispatch);

  return (
    <FormSection id="delivery" title={t("sections.delivery")}>
      <SelectControl
        id="customer-noteDispatch"
        label={t("fields.noteDispatch")}
        value={values.noteDispatch}
        onChange={(kind) => set("noteDispatch", kind)}
        options={noteDispatchKinds.map((kind) => ({ value: kind, label: t(`dispatch.${kind}`) }))}
        errors={errorsFor("noteDispatch")}
        disabled={disabled}
      />
      <TextControl
        {...text("noteEmails")}
        type="text"
        inputMode="email"
        required={emailDispatch}
        hint={t("fields.noteEmailsHint")}
      />
      <TextControl {...text("copies")} inputMode="numeric" hint={t("fields.copiesHint")} />
      <SelectControl
        id="customer-deliveryMethod"
        label={t("fields.deliveryMethod")}
        value={values.deliveryMethod}
        onChange={(method) => set("deliveryMethod", method)}
        options={deliveryMethods.map((method) => ({ value: method, label: t(`deliveryMethod.${method}`) }))}
        errors={errorsFor("deliveryMethod")}
        disabled={disabled}
      />
      <TextControl {...text("route")} />
      <TextControl {...text("deliveryFeeCents")} inputMode="decimal" />
      <TextControl
        {...text("freeDeliveryMinimumCents")}
        inputMode="decimal"
        hint={t("fields.freeDeliveryMinimumCentsHint")}
      />
      <CheckboxControl {...checkbox("onCallList")} />
      <TextControl {...text("callBefore")} type="time" hint={t("fields.callBeforeHint")} />
      <TextControl {...text("productionShift")} />
      <TextControl {...text("orderGroup")} />
      <TextControl {...text("labelText")} />
      <SelectControl
        id="customer-slicing"
        label={t("fields.slicing")}
        value={values.slicing}
        onChange={(slicing) => set("slicing", slicing)}
        options={slicingOptions.map((option) => ({ value: option, label: t(`slicing.${option}`) }))}
        errors={errorsFor("slicing")}
        disabled={disabled}
      />
      <div className="space-y-3 md:col-span-2">
        <CheckboxControl {...checkbox("hidePrices")} />
        <CheckboxControl {...checkbox("printNetPrices")} />
        <CheckboxControl {...checkbox("alwaysShowDeliveryAddress")} />
        <CheckboxControl {...checkbox("splitBreadAndPastry")} />
        <CheckboxControl {...checkbox("isCashCustomer")} />
        <CheckboxControl {...checkbox("keepOrderHistory")} />
      </div>
    </FormSection>
  );
}

export function InvoiceSection(props: SectionProps) {
  const t = useTranslations("customers");
  const text = useTextProps(props);
  const checkbox = useCheckboxProps(props);
  const separate = props.values.hasSeparateInvoiceAddress;

  return (
    <FormSection id="invoice" title={t("sections.invoice")}>
      <div className="md:col-span-2">
        <CheckboxControl {...checkbox("hasSeparateInvoiceAddress")} hint={t("fields.hasSeparateInvoiceAddressHint")} />
      </div>
      {separate ? (
        <>
          <TextControl {...text("invoiceName")} required />
          <TextControl {...text("invoiceAddress")} required />
          <TextControl {...text("invoicePostalCode")} />
          <TextControl {...text("invoiceCity")} />
        </>
      ) : null}
    </FormSection>
  );
}
