"use client";

import { useTranslations } from "next-intl";
import { useDeferredValue, useMemo, useRef, useState, useTransition, type FormEvent } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { StatusBadge } from "@/components/ui/status-badge";
import type { Locale } from "@/i18n/messages";
import type { EffectiveTemplate, PreviewCustomer } from "@/lib/data/mail-templates";
import type { IsoDate } from "@/lib/dates";
import {
  maxSubjectLength,
  placeholdersFor,
  renderTemplate,
  validateTemplate,
  type MailTemplate,
  type MessageKind,
  type PlaceholderName,
  type TemplateError,
  type TemplateField,
} from "@/lib/mail/templates";
import { resetTemplateAction, saveTemplateAction } from "./actions";
import { PlaceholderList } from "./placeholder-list";
import { exampleCustomerNumber, previewValues, type PreviewBakery, type PreviewRecipient } from "./preview-values";
import { ProblemList } from "./problem-list";
import { ResetDialog } from "./reset-dialog";
import { TemplatePreview } from "./template-preview";
import { useSettledValue } from "./use-settled-value";

/** How long typing must pause before validation problems show, in milliseconds. */
const validationDelayMs = 400;

type Failure = { error: string; values?: Record<string, string | number>; fieldErrors?: Record<string, string[]> };
type Selection = { start: number; end: number };

/** Renders the editor of one kind: subject, body, placeholders, Save, "reset to default" and the live preview. */
export function TemplateEditor({
  slug,
  kind,
  draft,
  saved,
  defaultTemplate,
  onDraftChange,
  onStored,
  customers,
  customerId,
  onCustomerChange,
  bakery,
  locale,
  today,
}: {
  slug: string;
  kind: MessageKind;
  draft: MailTemplate;
  saved: EffectiveTemplate;
  defaultTemplate: MailTemplate;
  onDraftChange: (draft: MailTemplate) => void;
  /** Receives the text the server stored, or the default after a reset. */
  onStored: (template: EffectiveTemplate) => void;
  customers: PreviewCustomer[];
  customerId: string;
  onCustomerChange: (customerId: string) => void;
  bakery: PreviewBakery;
  locale: Locale;
  today: IsoDate;
}) {
  const t = useTranslations("templates");
  const translate = useTranslations();
  // The selection each field had when it lost focus, so a placeholder goes where the cursor was.
  const selections = useRef<Partial<Record<TemplateField, Selection>>>({});
  const [target, setTarget] = useState<TemplateField>("body");
  const [failure, setFailure] = useState<Failure | null>(null);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const [pending, startTransition] = useTransition();

  const kindName = t(`kinds.${kind}`);
  const usesCustomer = placeholdersFor(kind).includes("CUSTOMERNAME");
  const exampleName = t("preview.exampleCustomer");
  const selected = customers.find((customer) => customer.id === customerId);
  const recipient = useMemo<PreviewRecipient>(
    () => selected ?? { number: exampleCustomerNumber, name: exampleName, contactPerson: "" },
    [selected, exampleName],
  );
  const values = useMemo(() => previewValues(bakery, recipient, today), [bakery, recipient, today]);

  const previewDraft = useDeferredValue(draft);
  const rendered = useMemo(() => renderTemplate(previewDraft, values, { locale }), [previewDraft, values, locale]);

  const [settledDraft, settle] = useSettledValue(draft, validationDelayMs);
  const validation = validateTemplate(kind, settledDraft, { sample: values });
  const problems = validation.ok ? [] : validation.errors;
  const problemsOf = (field: TemplateField) => problems.filter((problem) => problem.field === field);

  const unsaved = draft.subject !== saved.subject || draft.body !== saved.body;
  const canReset = saved.customised || draft.subject !== defaultTemplate.subject || draft.body !== defaultTemplate.body;

  const subjectId = `${kind}-subject`;
  const bodyId = `${kind}-body`;
  const fieldElement = (field: TemplateField) =>
    document.getElementById(field === "subject" ? subjectId : bodyId) as HTMLInputElement | HTMLTextAreaElement | null;

  function change(field: TemplateField, value: string) {
    setFailure(null);
    onDraftChange({ ...draft, [field]: value });
  }

  function rememberSelection(field: TemplateField) {
    const element = fieldElement(field);
    if (element) selections.current[field] = { start: element.selectionStart ?? 0, end: element.selectionEnd ?? 0 };
  }

  function select(field: TemplateField, start: number, end: number) {
    // This runs after React has written the new value, which moves the cursor to the end.
    requestAnimationFrame(() => {
      const element = fieldElement(field);
      element?.focus();
      element?.setSelectionRange(start, end);
    });
  }

  function insertPlaceholder(name: PlaceholderName) {
    const current = draft[target];
    const selection = selections.current[target] ?? { start: current.length, end: current.length };
    const inserted = `[${name}]`;
    change(target, current.slice(0, selection.start) + inserted + current.slice(selection.end));
    const cursor = selection.start + inserted.length;
    selections.current[target] = { start: cursor, end: cursor };
    select(target, cursor, cursor);
  }

  function showProblem(problem: TemplateError) {
    const start = problem.index ?? 0;
    select(problem.field, start, start + (problem.length ?? 0));
  }

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const check = validateTemplate(kind, draft, { sample: values });
    if (!check.ok) {
      settle();
      fieldElement(check.errors[0]!.field)?.focus();
      return;
    }

    startTransition(async () => {
      const result = await saveTemplateAction(slug, { kind, subject: draft.subject, body: draft.body });
      if (!result.ok) {
        setFailure(result);
        toast.error(translate(result.error, result.values));
        return;
      }
      setFailure(null);
      onStored(result.data);
      toast.success(t("editor.saved", { kind: kindName }));
    });
  }

  function reset() {
    startTransition(async () => {
      const result = await resetTemplateAction(slug, { kind });
      setConfirmingReset(false);
      if (!result.ok) {
        setFailure(result);
        toast.error(translate(result.error, result.values));
        return;
      }
      setFailure(null);
      selections.current = {};
      onStored(result.data);
      onDraftChange({ subject: result.data.subject, body: result.data.body });
      toast.success(t("editor.resetDone", { kind: kindName }));
    });
  }

  const subjectProblems = problemsOf("subject");
  const bodyProblems = problemsOf("body");
  const formProblems = Object.values(failure?.fieldErrors ?? {}).flat();

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form onSubmit={save} noValidate className="space-y-4" aria-labelledby={`${kind}-heading`}>
        <div className="flex flex-wrap items-center gap-2">
          <h2 id={`${kind}-heading`} className="text-lg font-semibold">
            {kindName}
          </h2>
          <StatusBadge tone={saved.customised ? "info" : "neutral"}>
            {saved.customised ? t("editor.customised") : t("editor.default")}
          </StatusBadge>
        </div>

        <div className="space-y-1">
          <Field id={subjectId} label={t("fields.subject")} hint={t("editor.subjectHint", { max: maxSubjectLength })}>
            <Input
              id={subjectId}
              value={draft.subject}
              onChange={(event) => change("subject", event.target.value)}
              onFocus={() => setTarget("subject")}
              onBlur={() => rememberSelection("subject")}
              aria-invalid={subjectProblems.length > 0}
              aria-describedby={describedBy(subjectId, {
                hint: true,
                errors: subjectProblems.map((problem) => problem.key),
              })}
            />
          </Field>
          <ProblemList id={`${subjectId}-error`} problems={subjectProblems} onShow={showProblem} />
        </div>

        <div className="space-y-1">
          <Field id={bodyId} label={t("fields.body")} hint={t("editor.bodyHint", { lineBreak: "<br/>" })}>
            <Textarea
              id={bodyId}
              rows={14}
              value={draft.body}
              onChange={(event) => change("body", event.target.value)}
              onFocus={() => setTarget("body")}
              onBlur={() => rememberSelection("body")}
              aria-invalid={bodyProblems.length > 0}
              aria-describedby={describedBy(bodyId, { hint: true, errors: bodyProblems.map((problem) => problem.key) })}
              className="font-mono"
            />
          </Field>
          <ProblemList id={`${bodyId}-error`} problems={bodyProblems} onShow={showProblem} />
        </div>

        <PlaceholderList kind={kind} targetLabel={t(`fields.${target}`)} onInsert={insertPlaceholder} />

        {failure ? (
          <div role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
            <p>{translate(failure.error, failure.values)}</p>
            {formProblems.length > 0 ? (
              <ul className="mt-1 list-disc pl-5">
                {formProblems.map((key) => (
                  <li key={key}>{translate(key)}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}

        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? translate("common.loading") : translate("common.save")}
          </Button>
          <Button variant="secondary" disabled={pending || !canReset} onClick={() => setConfirmingReset(true)}>
            {t("editor.reset")}
          </Button>
          <p role="status" className="text-sm text-stone-600">
            {unsaved ? t("editor.unsaved") : ""}
          </p>
        </div>
      </form>

      <TemplatePreview
        kind={kind}
        rendered={rendered}
        usesCustomer={usesCustomer}
        customers={customers}
        customerId={customerId}
        onCustomerChange={onCustomerChange}
        today={today}
      />

      <ResetDialog
        open={confirmingReset}
        onOpenChange={setConfirmingReset}
        kindName={kindName}
        pending={pending}
        onConfirm={reset}
      />
    </div>
  );
}
