"use client";

import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";

/**
 * Field errors from an ActionResult (field path → message keys), translated
 * for display. `errorsFor("contacts.0.name", "Naam")` returns the messages of
 * one field. A message that names its field gets the label as `{field}`, or
 * "this field" when no label is given.
 */
export function useFieldErrors() {
  const t = useTranslations();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});

  const errorsFor = useCallback(
    (path: string, label?: string): string[] | undefined => {
      const keys = fieldErrors[path];
      if (!keys || keys.length === 0) return undefined;
      const field = label ?? t("formFields.thisField");
      return keys.map((key) => t(key, { field }));
    },
    [fieldErrors, t],
  );

  return { fieldErrors, setFieldErrors, errorsFor };
}
