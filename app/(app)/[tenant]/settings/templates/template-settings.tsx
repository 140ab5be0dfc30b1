"use client";

import { useTranslations } from "next-intl";
import { Tabs } from "radix-ui";
import { useEffect, useState } from "react";
import type { Locale } from "@/i18n/messages";
import type { EffectiveTemplate, PreviewCustomer, TemplateSetting } from "@/lib/data/mail-templates";
import type { IsoDate } from "@/lib/dates";
import type { MailTemplate, MessageKind } from "@/lib/mail/templates";
import type { PreviewBakery } from "./preview-values";
import { TemplateEditor } from "./template-editor";

type ByKind<T> = Record<MessageKind, T>;

function byKind<T>(templates: TemplateSetting[], pick: (template: TemplateSetting) => T): ByKind<T> {
  return Object.fromEntries(templates.map((template) => [template.kind, pick(template)])) as ByKind<T>;
}

function sameText(a: MailTemplate, b: MailTemplate): boolean {
  return a.subject === b.subject && a.body === b.body;
}

/**
 * Renders the email texts page with one tab per message kind. Each kind keeps its
 * unsaved draft while the user looks at another tab, and the browser requests
 * confirmation before leaving the page with an unsaved draft.
 */
export function TemplateSettings({
  slug,
  templates,
  customers,
  bakery,
  locale,
  today,
}: {
  slug: string;
  templates: TemplateSetting[];
  customers: PreviewCustomer[];
  bakery: PreviewBakery;
  locale: Locale;
  today: IsoDate;
}) {
  const t = useTranslations("templates");
  const [activeKind, setActiveKind] = useState<MessageKind>(templates[0]?.kind ?? "delivery_notes");
  const [saved, setSaved] = useState<ByKind<EffectiveTemplate>>(() => byKind(templates, (template) => template));
  const [drafts, setDrafts] = useState<ByKind<MailTemplate>>(() =>
    byKind(templates, ({ subject, body }) => ({ subject, body })),
  );
  // The preview customer is shared by the tabs, so switching kinds compares like with like.
  const [customerId, setCustomerId] = useState(customers[0]?.id ?? "");
  const defaults = byKind(templates, (template) => template.defaultTemplate);

  const hasUnsavedDraft = templates.some(({ kind }) => !sameText(drafts[kind], saved[kind]));
  useEffect(() => {
    if (!hasUnsavedDraft) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [hasUnsavedDraft]);

  // Only the stored text changes here, so typing that went on while a save was pending is kept.
  function storeResult(result: EffectiveTemplate) {
    setSaved((current) => ({ ...current, [result.kind]: result }));
  }

  return (
    <Tabs.Root value={activeKind} onValueChange={(value) => setActiveKind(value as MessageKind)}>
      <Tabs.List aria-label={t("page.kindsLabel")} className="flex flex-wrap gap-1 border-b border-stone-200">
        {templates.map(({ kind }) => (
          <Tabs.Trigger
            key={kind}
            value={kind}
            className={
              "-mb-px rounded-t-md border border-transparent px-4 py-2 text-sm font-medium text-stone-700 " +
              "hover:text-crust-700 focus-visible:outline-2 focus-visible:outline-crust-700 " +
              "data-[state=active]:border-stone-200 data-[state=active]:border-b-white " +
              "data-[state=active]:bg-white data-[state=active]:text-crust-800"
            }
          >
            {t(`kinds.${kind}`)}
          </Tabs.Trigger>
        ))}
      </Tabs.List>

      {templates.map(({ kind }) => (
        <Tabs.Content key={kind} value={kind} className="rounded-b-md border border-t-0 border-stone-200 bg-white p-4">
          <TemplateEditor
            slug={slug}
            kind={kind}
            draft={drafts[kind]}
            saved={saved[kind]}
            defaultTemplate={defaults[kind]}
            onDraftChange={(draft) => setDrafts((current) => ({ ...current, [kind]: draft }))}
            onStored={storeResult}
            customers={customers}
            customerId={customerId}
            onCustomerChange={setCustomerId}
            bakery={bakery}
            locale={locale}
            today={today}
          />
        </Tabs.Content>
      ))}
    </Tabs.Root>
  );
}
