"use client";

import { useTranslations } from "next-intl";
import { placeholdersFor, type MessageKind, type PlaceholderName } from "@/lib/mail/templates";

/**
 * Lists the placeholders a kind may use, with what each is filled with. Choosing one inserts it
 * at the cursor of the field that last had focus, named in the hint.
 */
export function PlaceholderList({
  kind,
  targetLabel,
  onInsert,
}: {
  kind: MessageKind;
  targetLabel: string;
  onInsert: (name: PlaceholderName) => void;
}) {
  const t = useTranslations("templates");
  const headingId = `${kind}-placeholders-heading`;

  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h3 id={headingId} className="text-sm font-medium text-stone-800">
        {t("placeholderList.heading")}
      </h3>
      <p className="text-xs text-stone-600">{t("placeholderList.hint", { field: targetLabel })}</p>
      <ul className="grid gap-x-4 gap-y-1 sm:grid-cols-2">
        {placeholdersFor(kind).map((name) => {
          const descriptionId = `${kind}-placeholder-${name}`;
          return (
            <li key={name} className="flex flex-wrap items-baseline gap-x-2 text-sm">
              <button
                type="button"
                onClick={() => onInsert(name)}
                aria-describedby={descriptionId}
                className={
                  "rounded bg-crust-50 px-1.5 py-0.5 font-mono text-xs text-crust-800 hover:bg-crust-100 " +
                  "focus-visible:outline-2 focus-visible:outline-crust-700"
                }
              >
                [{name}]
              </button>
              <span id={descriptionId} className="text-stone-700">
                {t(`placeholders.${name}`)}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
