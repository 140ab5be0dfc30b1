"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { toast } from "sonner";
import { useFieldErrors } from "@/components/record-form/use-field-errors";
import { Button } from "@/components/ui/button";
import type { MailPreset } from "@/lib/data/mail-settings";
import type { MailSettingsDraft } from "@/lib/validation/mail-settings-fields";
import { AuditList } from "./audit-list";
import type { MailSettingsPageData } from "./page-data";
import { SenderFields, SendingFields } from "./sender-fields";
import { ServerFields } from "./server-fields";
import { SpfPanel } from "./spf-panel";
import { TestMessageDialog } from "./test-message-dialog";
import type { MailSettingsActions } from "./types";

type Failure = { error: string; values?: Record<string, string | number> };

function sameDraft(a: MailSettingsDraft, b: MailSettingsDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Renders the mail settings page below its heading: the form with its three
 * sections, Save, the test message dialog, the SPF check and the audit log.
 * The password field starts empty and is emptied again after each save.
 */
export function MailSettingsForm({
  slug,
  data,
  actions,
}: {
  slug: string;
  data: MailSettingsPageData;
  actions: MailSettingsActions;
}) {
  const t = useTranslations("mailSettings");
  const translate = useTranslations();
  const [draft, setDraft] = useState(data.draft);
  const [savedDraft, setSavedDraft] = useState(data.draft);
  const [hasPassword, setHasPassword] = useState(data.hasPassword);
  const [configured, setConfigured] = useState(data.configured);
  const [audit, setAudit] = useState(data.audit);
  const [presetKey, setPresetKey] = useState("");
  const [failure, setFailure] = useState<Failure | null>(null);
  const [testing, setTesting] = useState(false);
  const [pending, startTransition] = useTransition();
  const { fieldErrors, setFieldErrors, errorsFor } = useFieldErrors();

  const unsaved = !sameDraft(draft, savedDraft);
  // A failed save's "check the marked fields" goes once the user has changed every marked field.
  const shownFailure =
    failure && (failure.error !== "errors.invalid_input" || Object.keys(fieldErrors).length > 0) ? failure : null;

  /** Sets fields of the draft and removes their errors, which were about the old values. */
  function update(values: Partial<MailSettingsDraft>) {
    setDraft((current) => ({ ...current, ...values }));
    const changed = Object.keys(values);
    setFieldErrors((current) =>
      changed.some((field) => field in current)
        ? Object.fromEntries(Object.entries(current).filter(([field]) => !changed.includes(field)))
        : current,
    );
  }

  function change<Field extends keyof MailSettingsDraft>(field: Field, value: MailSettingsDraft[Field]) {
    update({ [field]: value });
  }

  function applyPreset(preset: MailPreset | null) {
    setPresetKey(preset?.key ?? "");
    if (!preset) return;
    update({
      host: preset.host,
      port: String(preset.port),
      security: preset.security,
      ...(preset.dailyLimit === null ? {} : { dailyLimit: String(preset.dailyLimit) }),
    });
  }

  function showFieldErrors(fieldErrors: Record<string, string[]>) {
    setFieldErrors(fieldErrors);
    // Runs after React has marked the fields, so the first invalid one can take the focus.
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>('#mail-settings-form [aria-invalid="true"]')?.focus(),
    );
  }

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const sent = draft;
    startTransition(async () => {
      const result = await actions.save(slug, sent);
      if (!result.ok) {
        setFailure({ error: result.error, values: result.values });
        showFieldErrors(result.fieldErrors ?? {});
        toast.error(translate(result.error, result.values));
        return;
      }

      setFailure(null);
      setFieldErrors({});
      const stored = { ...sent, password: "", clearPassword: false };
      setSavedDraft(stored);
      // Typing that went on while the save was pending is kept; only the sent password is emptied.
      setDraft((current) => ({
        ...current,
        password: current.password === sent.password ? "" : current.password,
        clearPassword: false,
      }));
      setHasPassword(result.data.hasPassword);
      setConfigured(true);
      setAudit(result.data.audit);
      toast.success(result.data.changedFields.length > 0 ? t("save.saved") : t("save.unchanged"));
    });
  }

  return (
    <div className="space-y-6">
      <form id="mail-settings-form" onSubmit={save} noValidate className="space-y-6" aria-label={t("page.title")}>
        <ServerFields
          draft={draft}
          change={change}
          errorsFor={errorsFor}
          hasPassword={hasPassword}
          presets={data.presets}
          presetKey={presetKey}
          onPreset={applyPreset}
        />
        <SenderFields draft={draft} change={change} errorsFor={errorsFor} tradeName={data.tradeName} />
        <SendingFields draft={draft} change={change} errorsFor={errorsFor} />

        {shownFailure ? (
          <div role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
            {translate(shownFailure.error, shownFailure.values)}
          </div>
        ) : null}

        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? translate("common.loading") : translate("common.save")}
          </Button>
          <Button variant="secondary" onClick={() => setTesting(true)}>
            {t("testMessage.open")}
          </Button>
          <p role="status" className="text-sm text-stone-600">
            {unsaved ? t("save.unsaved") : ""}
          </p>
        </div>
      </form>

      <TestMessageDialog
        open={testing}
        onOpenChange={setTesting}
        slug={slug}
        draft={draft}
        hasPassword={hasPassword}
        configured={configured}
        sendTest={actions.sendTest}
        onSettingsErrors={(errors) => setFieldErrors((current) => ({ ...current, ...errors }))}
        onApply={(values) => {
          update(values);
          toast.success(t("testMessage.applied"));
        }}
      />

      <SpfPanel slug={slug} senderAddress={draft.fromAddress} smtpHost={draft.host} checkSpf={actions.checkSpf} />

      <AuditList entries={audit} timeZone={data.timeZone} />
    </div>
  );
}
