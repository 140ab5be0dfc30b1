"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { CheckboxControl, FormSection, SelectControl, TextControl } from "@/components/record-form/controls";
import { useFieldErrors } from "@/components/record-form/use-field-errors";
import { useSaveToasts } from "@/components/record-form/use-save-toasts";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import type { ProductFieldKey, ProductFieldValues } from "@/lib/validation/product-values";
import { createProductAction, updateProductAction } from "./actions";

/** The product form. Without `productId` it creates a product. */
export function ProductForm({
  slug,
  productId,
  initial,
  groups,
  canWrite,
}: {
  slug: string;
  productId?: string;
  initial: ProductFieldValues;
  groups: { code: string; name: string }[];
  canWrite: boolean;
}) {
  const t = useTranslations("products");
  const translate = useTranslations();
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [pending, startTransition] = useTransition();
  const { fieldErrors, setFieldErrors, errorsFor } = useFieldErrors();
  const toasts = useSaveToasts();
  const disabled = !canWrite || pending;

  const set = <Key extends ProductFieldKey>(key: Key, value: ProductFieldValues[Key]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const text = (key: "number" | "name" | "unit" | "priceCents") => ({
    id: `product-${key}`,
    label: t(`fields.${key}`),
    value: values[key],
    onChange: (value: string) => set(key, value),
    errors: errorsFor(key, t(`fields.${key}`)),
    disabled,
  });
  const checkbox = (key: "sliceable" | "active") => ({
    id: `product-${key}`,
    label: t(`fields.${key}`),
    checked: values[key],
    onChange: (checked: boolean) => set(key, checked),
    errors: errorsFor(key),
    disabled,
  });

  const handleResult = (result: ActionResult<unknown>, onSuccess: () => void) => {
    if (result.ok) {
      setFieldErrors({});
      onSuccess();
      return;
    }
    const errors = { ...(result.fieldErrors ?? {}) };
    if (result.error === "errors.product_number_taken") errors.number = ["validation.numberTaken"];
    setFieldErrors(errors);
    toasts.showError(result.fieldErrors ? t("form.errorSummary") : translate(result.error, result.values));
    const first = Object.keys(errors)[0];
    if (first) document.getElementById(`product-${first}`)?.focus();
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    toasts.dismissError();
    startTransition(async () => {
      if (productId) {
        const result = await updateProductAction(slug, { id: productId, values });
        handleResult(result, () => {
          toasts.showSuccess(t("form.saved"));
          router.refresh();
        });
      } else {
        const result = await createProductAction(slug, values);
        handleResult(result, () => {
          toasts.showSuccess(t("form.created", { number: values.number }));
          if (result.ok) router.push(`/${slug}/products/${result.data.id}`);
        });
      }
    });
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {!canWrite ? (
        <p role="status" className="rounded-md bg-stone-100 p-3 text-sm text-stone-800">
          {t("form.readOnly")}
        </p>
      ) : null}
      {Object.keys(fieldErrors).length > 0 ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {t("form.errorSummary")}
        </p>
      ) : null}

      <FormSection id="product" title={t("form.section")}>
        <TextControl {...text("number")} inputMode="numeric" required hint={t("fields.numberHint")} />
        <TextControl {...text("name")} required />
        <SelectControl
          id="product-productGroup"
          label={t("fields.productGroup")}
          value={values.productGroup}
          onChange={(group) => set("productGroup", group)}
          options={groups.map((group) => ({ value: group.code, label: group.name }))}
          errors={errorsFor("productGroup")}
          disabled={disabled}
        />
        <TextControl {...text("unit")} required hint={t("fields.unitHint")} />
        <TextControl {...text("priceCents")} inputMode="decimal" required hint={t("fields.priceCentsHint")} />
        <SelectControl
          id="product-vatRate"
          label={t("fields.vatRate")}
          value={values.vatRate}
          onChange={(rate) => set("vatRate", rate)}
          options={[
            { value: "9", label: t("fields.vatLow") },
            { value: "21", label: t("fields.vatHigh") },
          ]}
          errors={errorsFor("vatRate")}
          disabled={disabled}
        />
        <CheckboxControl {...checkbox("sliceable")} />
        <CheckboxControl {...checkbox("active")} hint={t("fields.activeHint")} />
      </FormSection>

      {canWrite ? (
        <div className="flex gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? t("form.saving") : t("form.save")}
          </Button>
          <Button variant="secondary" onClick={() => router.push(`/${slug}/products`)} disabled={pending}>
            {t("form.cancel")}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
