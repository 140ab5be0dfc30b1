"use client";

import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";

/**
 * Field errors from an ActionResult (field path → message keys), translated
 * for display. `errorsFor("contacts.0.name")` returns the messages of one field.
 */
export function useFieldErrors() {
  const t = useTranslations();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});

  const errorsFor = useCallback(
    (path: string): string[] | undefined => {
      const keys = fieldErrors[path];
      return keys && keys.length > 0 ? keys.map((key) => t(key)) : undefined;
    },
    [fieldErrors, t],
  );

  return { fieldErrors, setFieldErrors, errorsFor };
}
