"use client";

import { Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { CheckboxControl, TextControl } from "@/components/record-form/controls";
import { Button } from "@/components/ui/button";
import type { AddressRow, ContactRow } from "./form-state";

type ListProps<Row> = {
  rows: Row[];
  onChange: (rows: Row[]) => void;
  errorsFor: (path: string, label?: string) => string[] | undefined;
  disabled: boolean;
};

function newKey(): string {
  return `new-${Math.random().toString(36).slice(2, 10)}`;
}

function updateRow<Row extends { key: string }>(rows: Row[], key: string, changes: Partial<Row>): Row[] {
  return rows.map((row) => (row.key === key ? { ...row, ...changes } : row));
}

function ListSection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      className="scroll-mt-20 rounded-lg border border-stone-200 bg-white p-4 md:p-6"
    >
      <h2 id={`${id}-title`} className="mb-4 text-lg font-semibold">
        {title}
      </h2>
      <div className="space-y-4">{children}</div>
    </section>
  );
}

/** The customer's delivery addresses; exactly one is the default when there are any. */
export function DeliveryAddressesSection({ rows, onChange, errorsFor, disabled }: ListProps<AddressRow>) {
  const t = useTranslations("customers");
  const listErrors = errorsFor("deliveryAddresses");

  // Marking one address as the default unmarks the others.
  const setDefault = (key: string, isDefault: boolean) => {
    const changed = rows.map((row) => {
      if (row.key === key) return { ...row, isDefault };
      return isDefault ? { ...row, isDefault: false } : row;
    });
    onChange(changed);
  };

  return (
    <ListSection id="delivery-addresses" title={t("sections.deliveryAddresses")}>
      {rows.length === 0 ? <p className="text-sm text-stone-600">{t("addresses.empty")}</p> : null}
      {listErrors ? (
        <p role="alert" className="text-sm text-red-700">
          {listErrors.join(" ")}
        </p>
      ) : null}
      {rows.map((row, index) => {
        const path = `deliveryAddresses.${index}`;
        const id = `address-${row.key}`;
        return (
          <fieldset key={row.key} className="rounded-md border border-stone-200 p-3">
            <legend className="px-1 text-sm font-medium">{t("addresses.heading", { index: index + 1 })}</legend>
            <div className="grid gap-3 md:grid-cols-2">
              <TextControl
                id={`${id}-name`}
                label={t("addresses.name")}
                value={row.name}
                onChange={(name) => onChange(updateRow(rows, row.key, { name }))}
                errors={errorsFor(`${path}.name`, t("addresses.name"))}
                disabled={disabled}
              />
              <TextControl
                id={`${id}-address`}
                label={t("addresses.address")}
                value={row.address}
                required
                onChange={(address) => onChange(updateRow(rows, row.key, { address }))}
                errors={errorsFor(`${path}.address`, t("addresses.address"))}
                disabled={disabled}
              />
              <TextControl
                id={`${id}-postalCode`}
                label={t("addresses.postalCode")}
                value={row.postalCode}
                onChange={(postalCode) => onChange(updateRow(rows, row.key, { postalCode }))}
                errors={errorsFor(`${path}.postalCode`, t("addresses.postalCode"))}
                disabled={disabled}
              />
              <TextControl
                id={`${id}-city`}
                label={t("addresses.city")}
                value={row.city}
                onChange={(city) => onChange(updateRow(rows, row.key, { city }))}
                errors={errorsFor(`${path}.city`, t("addresses.city"))}
                disabled={disabled}
              />
            </div>
            <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
              <CheckboxControl
                id={`${id}-isDefault`}
                label={t("addresses.isDefault")}
                checked={row.isDefault}
                onChange={(checked) => setDefault(row.key, checked)}
                disabled={disabled}
              />
              {disabled ? null : (
                <Button variant="ghost" onClick={() => onChange(rows.filter((other) => other.key !== row.key))}>
                  <Trash2 aria-hidden="true" className="size-4" />
                  {t("addresses.remove", { index: index + 1 })}
                </Button>
              )}
            </div>
          </fieldset>
        );
      })}
      {disabled ? null : (
        <Button
          variant="secondary"
          onClick={() =>
            onChange([
              ...rows,
              { key: newKey(), id: "", name: "", address: "", postalCode: "", city: "", isDefault: rows.length === 0 },
            ])
          }
        >
          <Plus aria-hidden="true" className="size-4" />
          {t("addresses.add")}
        </Button>
      )}
    </ListSection>
  );
}

/** The customer's contact persons, in the order they are listed. */
export function ContactsSection({ rows, onChange, errorsFor, disabled }: ListProps<ContactRow>) {
  const t = useTranslations("customers");

  return (
    <ListSection id="contacts" title={t("sections.contacts")}>
      {rows.length === 0 ? <p className="text-sm text-stone-600">{t("contacts.empty")}</p> : null}
      {rows.map((row, index) => {
        const path = `contacts.${index}`;
        const id = `contact-${row.key}`;
        return (
          <fieldset key={row.key} className="rounded-md border border-stone-200 p-3">
            <legend className="px-1 text-sm font-medium">{t("contacts.heading", { index: index + 1 })}</legend>
            <div className="grid gap-3 md:grid-cols-2">
              <TextControl
                id={`${id}-name`}
                label={t("contacts.name")}
                value={row.name}
                required
                onChange={(name) => onChange(updateRow(rows, row.key, { name }))}
                errors={errorsFor(`${path}.name`, t("contacts.name"))}
                disabled={disabled}
              />
              <TextControl
                id={`${id}-role`}
                label={t("contacts.role")}
                value={row.role}
                onChange={(role) => onChange(updateRow(rows, row.key, { role }))}
                errors={errorsFor(`${path}.role`, t("contacts.role"))}
                disabled={disabled}
              />
              <TextControl
                id={`${id}-phone`}
                label={t("contacts.phone")}
                type="tel"
                value={row.phone}
                onChange={(phone) => onChange(updateRow(rows, row.key, { phone }))}
                errors={errorsFor(`${path}.phone`, t("contacts.phone"))}
                disabled={disabled}
              />
              <TextControl
                id={`${id}-email`}
                label={t("contacts.email")}
                type="email"
                value={row.email}
                onChange={(email) => onChange(updateRow(rows, row.key, { email }))}
                errors={errorsFor(`${path}.email`, t("contacts.email"))}
                disabled={disabled}
              />
            </div>
            {disabled ? null : (
              <div className="mt-3 flex justify-end">
                <Button variant="ghost" onClick={() => onChange(rows.filter((other) => other.key !== row.key))}>
                  <Trash2 aria-hidden="true" className="size-4" />
                  {t("contacts.remove", { index: index + 1 })}
                </Button>
              </div>
            )}
          </fieldset>
        );
      })}
      {disabled ? null : (
        <Button
          variant="secondary"
          onClick={() => onChange([...rows, { key: newKey(), id: "", name: "", role: "", phone: "", email: "" }])}
        >
          <Plus aria-hidden="true" className="size-4" />
          {t("contacts.add")}
        </Button>
      )}
    </ListSection>
  );
}
