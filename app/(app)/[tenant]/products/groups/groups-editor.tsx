"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { SelectControl, TextControl } from "@/components/record-form/controls";
import { useFieldErrors } from "@/components/record-form/use-field-errors";
import { useSaveToasts } from "@/components/record-form/use-save-toasts";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import type { ActionResult } from "@/lib/actions/result";
import type { ProductGroup } from "@/lib/data/product-groups";
import { productCategories, type ProductCategory } from "@/lib/validation/product";
import { createProductGroupAction, deleteProductGroupAction, updateProductGroupAction } from "../actions";

/** The product groups with rename, category and delete per row, and a form to add one. */
export function ProductGroupsEditor({
  slug,
  groups,
  canWrite,
}: {
  slug: string;
  groups: ProductGroup[];
  canWrite: boolean;
}) {
  const t = useTranslations("products.groups");
  const translate = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [edits, setEdits] = useState<Record<string, { name: string; category: ProductCategory }>>({});
  const [draft, setDraft] = useState({ code: "", name: "", category: "bread" as ProductCategory });
  const { setFieldErrors, errorsFor } = useFieldErrors();
  const toasts = useSaveToasts();

  const run = (action: () => Promise<ActionResult<unknown>>, success: string, onSuccess?: () => void) =>
    startTransition(async () => {
      toasts.dismissError();
      const result = await action();
      if (!result.ok) {
        setFieldErrors(result.fieldErrors ?? {});
        toasts.showError(translate(result.error, result.values));
        return;
      }
      setFieldErrors({});
      toasts.showSuccess(success);
      onSuccess?.();
      router.refresh();
    });

  const categoryOptions = productCategories.map((category) => ({
    value: category,
    label: t(`categories.${category}`),
  }));

  return (
    <div className="space-y-6">
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="bg-stone-100 text-left text-stone-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                {t("code")}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {t("name")}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {t("category")}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {t("products")}
              </th>
              {canWrite ? (
                <th scope="col" className="px-3 py-2 font-medium">
                  {t("actions")}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {groups.map((group) => {
              const edit = edits[group.code] ?? { name: group.name, category: group.category };
              const setEdit = (changes: Partial<typeof edit>) =>
                setEdits({ ...edits, [group.code]: { ...edit, ...changes } });
              return (
                <tr key={group.code}>
                  <td className="px-3 py-2 font-mono">{group.code}</td>
                  <td className="px-3 py-2">
                    {canWrite ? (
                      <Input
                        aria-label={t("nameFor", { code: group.code })}
                        value={edit.name}
                        onChange={(event) => setEdit({ name: event.target.value })}
                      />
                    ) : (
                      group.name
                    )}
                  </td>
                  <td className="px-3 py-2">
                    {canWrite ? (
                      <Select
                        aria-label={t("categoryFor", { code: group.code })}
                        value={edit.category}
                        onChange={(event) => setEdit({ category: event.target.value as ProductCategory })}
                      >
                        {categoryOptions.map((option) => (
                          <option key={option.value} value={option.value}>
                            {option.label}
                          </option>
                        ))}
                      </Select>
                    ) : (
                      t(`categories.${group.category}`)
                    )}
                  </td>
                  <td className="px-3 py-2 tabular-nums">{group.productCount}</td>
                  {canWrite ? (
                    <td className="space-x-2 px-3 py-2 whitespace-nowrap">
                      <Button
                        variant="secondary"
                        aria-label={t("saveGroup", { code: group.code })}
                        disabled={pending}
                        onClick={() =>
                          run(
                            () => updateProductGroupAction(slug, { code: group.code, ...edit }),
                            t("saved", { name: edit.name }),
                          )
                        }
                      >
                        {t("save")}
                      </Button>
                      <Button
                        variant="ghost"
                        aria-label={t("deleteGroup", { name: group.name })}
                        disabled={pending || group.productCount > 0}
                        onClick={() =>
                          run(
                            () => deleteProductGroupAction(slug, { code: group.code }),
                            t("deleted", { name: group.name }),
                          )
                        }
                      >
                        {t("delete")}
                      </Button>
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {canWrite ? (
        <form
          className="grid gap-4 rounded-lg border border-stone-200 bg-white p-4 md:grid-cols-3 md:p-6"
          aria-labelledby="group-add-title"
          onSubmit={(event) => {
            event.preventDefault();
            run(
              () => createProductGroupAction(slug, draft),
              t("added", { name: draft.name }),
              () => setDraft({ code: "", name: "", category: "bread" }),
            );
          }}
        >
          <h2 id="group-add-title" className="text-lg font-semibold md:col-span-3">
            {t("addTitle")}
          </h2>
          <TextControl
            id="group-code"
            label={t("code")}
            hint={t("codeHint")}
            value={draft.code}
            required
            onChange={(code) => setDraft({ ...draft, code })}
            errors={errorsFor("code", t("code"))}
          />
          <TextControl
            id="group-name"
            label={t("name")}
            value={draft.name}
            required
            onChange={(name) => setDraft({ ...draft, name })}
            errors={errorsFor("name", t("name"))}
          />
          <SelectControl
            id="group-category"
            label={t("category")}
            hint={t("categoryHint")}
            value={draft.category}
            onChange={(category) => setDraft({ ...draft, category })}
            options={categoryOptions}
            errors={errorsFor("category")}
          />
          <div className="md:col-span-3">
            <Button type="submit" disabled={pending}>
              {t("add")}
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
