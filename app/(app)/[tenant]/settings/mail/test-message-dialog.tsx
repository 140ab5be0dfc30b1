"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { TextControl } from "@/components/record-form/controls";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { ProbeResult } from "@/lib/mail/smtp-probe";
import type { MailSettingsDraft } from "@/lib/validation/mail-settings-fields";
import { ProbeResultView } from "./probe-result";
import { testSettingNames, TestSettingsFields, type PasswordFallback, type TestSettings } from "./test-settings-fields";
import type { MailSettingsActions } from "./types";

type Source = "form" | "saved";
type Failure = { error: string; values?: Record<string, string | number>; otherFieldsInvalid: boolean };

type TestMessageProps = {
  slug: string;
  /** The form's current values, unsaved changes included. */
  draft: MailSettingsDraft;
  hasPassword: boolean;
  configured: boolean;
  sendTest: MailSettingsActions["sendTest"];
  /** Receives the field errors of form fields that the dialog does not show, keyed by form field. */
  onSettingsErrors: (fieldErrors: Record<string, string[]>) => void;
  /** Copies the dialog's settings into the form, which the user then saves. */
  onApply: (values: Partial<MailSettingsDraft>) => void;
};

/**
 * Renders the test message dialog with a recipient (the sender address unless
 * changed) and the settings to send with. Those are the server settings and
 * sender address from the form, editable for another try, or the saved
 * settings. Below them is the result of the last attempt. "Apply to the form"
 * copies the corrected settings into the form.
 */
export function TestMessageDialog({
  open,
  onOpenChange,
  ...props
}: TestMessageProps & { open: boolean; onOpenChange: (open: boolean) => void }) {
  const t = useTranslations("mailSettings.testMessage");

  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={t("title")} description={t("description")}>
      {/* The dialog mounts its content only while open, so each opening starts from the form's values. */}
      <TestMessageForm {...props} onClose={() => onOpenChange(false)} />
    </Dialog>
  );
}

function TestMessageForm({
  slug,
  draft,
  hasPassword,
  configured,
  sendTest,
  onSettingsErrors,
  onApply,
  onClose,
}: TestMessageProps & { onClose: () => void }) {
  const t = useTranslations("mailSettings.testMessage");
  const translate = useTranslations();
  const [settings, setSettings] = useState<TestSettings>(() => ({
    host: draft.host,
    port: draft.port,
    security: draft.security,
    username: draft.username,
    password: "",
    fromAddress: draft.fromAddress,
  }));
  // Null until the user types a recipient, so the field follows the sender address.
  const [typedRecipient, setTypedRecipient] = useState<string | null>(null);
  const [chosenSource, setChosenSource] = useState<Source>("form");
  const [result, setResult] = useState<ProbeResult | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  // Message keys of the recipient ("to") and of the dialog's settings fields.
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, startTransition] = useTransition();

  const recipient = typedRecipient ?? settings.fromAddress;
  const source: Source = configured ? chosenSource : "form";
  let passwordFallback: PasswordFallback = "none";
  if (draft.password !== "") passwordFallback = "form";
  else if (hasPassword && !draft.clearPassword) passwordFallback = "stored";

  // A message that names its field ({field}) gets the field's label.
  const errorsFor = (field: string) => {
    const label = field === "to" ? t("recipient") : translate(`mailSettings.fields.${field}`);
    return fieldErrors[field]?.map((key) => translate(key, { field: label }));
  };

  function clearErrors(fields: string[]) {
    setFieldErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([field]) => !fields.includes(field))),
    );
  }

  function change(values: Partial<TestSettings>) {
    setSettings((current) => ({ ...current, ...values }));
    clearErrors(Object.keys(values));
  }

  /** Merges the dialog's settings into the form's values. An empty password field keeps the form's password choice. */
  function testedDraft(): MailSettingsDraft {
    return { ...draft, ...settings, password: settings.password !== "" ? settings.password : draft.password };
  }

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const response = await sendTest(slug, {
        to: recipient,
        source,
        ...(source === "form" ? { settings: testedDraft() } : {}),
      });
      if (!response.ok) {
        const { dialogErrors, formErrors } = splitFieldErrors(response.fieldErrors ?? {});
        const otherFieldsInvalid = Object.keys(formErrors).length > 0;
        setFieldErrors(dialogErrors);
        if (otherFieldsInvalid) onSettingsErrors(formErrors);
        setFailure({ error: response.error, values: response.values, otherFieldsInvalid });
        setResult(null);
        return;
      }
      setFieldErrors({});
      setFailure(null);
      setResult(response.data);
    });
  }

  function apply() {
    const { password, ...rest } = settings;
    onApply({ ...rest, ...(password !== "" ? { password, clearPassword: false } : {}) });
    onClose();
  }

  return (
    <form onSubmit={send} noValidate className="space-y-4">
      <TextControl
        id="test-recipient"
        label={t("recipient")}
        hint={t("recipientHint")}
        errors={errorsFor("to")}
        type="email"
        autoComplete="off"
        required
        value={recipient}
        onChange={(value) => {
          setTypedRecipient(value);
          clearErrors(["to"]);
        }}
      />

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-stone-800">{t("source")}</legend>
        <SourceOption
          id="test-source-form"
          value="form"
          current={source}
          label={t("sourceForm")}
          onChange={setChosenSource}
        />
        <SourceOption
          id="test-source-saved"
          value="saved"
          current={source}
          label={t("sourceSaved")}
          onChange={setChosenSource}
          disabled={!configured}
          hint={configured ? undefined : t("sourceSavedMissing")}
        />
      </fieldset>

      {source === "form" ? (
        <TestSettingsFields
          settings={settings}
          onChange={change}
          errorsFor={errorsFor}
          passwordFallback={passwordFallback}
        />
      ) : null}

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {result || failure ? t("tryAgain") : t("send")}
        </Button>
        {source === "form" ? (
          <Button variant="secondary" onClick={apply}>
            {t("apply")}
          </Button>
        ) : null}
        <Button variant="secondary" onClick={onClose}>
          {translate("common.close")}
        </Button>
      </div>

      <p role="status" className="text-sm text-stone-600">
        {pending ? t("sending") : ""}
      </p>

      {failure && !pending ? (
        <div role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          <p>{translate(failure.error, failure.values)}</p>
          {failure.otherFieldsInvalid ? <p className="mt-1">{t("formInvalid")}</p> : null}
        </div>
      ) : null}

      {result && !pending ? (
        <div className="space-y-3">
          <ProbeResultView result={result} />
          {!result.ok && source === "form" ? <p className="text-sm text-stone-600">{t("adjustHint")}</p> : null}
        </div>
      ) : null}
    </form>
  );
}

function SourceOption({
  id,
  value,
  current,
  label,
  hint,
  disabled,
  onChange,
}: {
  id: string;
  value: Source;
  current: Source;
  label: string;
  hint?: string;
  disabled?: boolean;
  onChange: (value: Source) => void;
}) {
  return (
    <div>
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="radio"
          name="test-source"
          value={value}
          checked={current === value}
          disabled={disabled}
          aria-describedby={hint ? `${id}-hint` : undefined}
          className="size-4 accent-crust-700"
          onChange={() => onChange(value)}
        />
        <label htmlFor={id} className="text-sm text-stone-800">
          {label}
        </label>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="pl-6 text-xs text-stone-600">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Separates the errors that the dialog shows (the recipient and its own
 * settings fields) from those of the other form fields ("settings.cc" → "cc").
 */
function splitFieldErrors(fieldErrors: Record<string, string[]>) {
  const dialogErrors: Record<string, string[]> = {};
  const formErrors: Record<string, string[]> = {};
  for (const [path, keys] of Object.entries(fieldErrors)) {
    if (path === "to") dialogErrors.to = keys;
    if (!path.startsWith("settings.")) continue;
    const field = path.slice("settings.".length);
    if ((testSettingNames as readonly string[]).includes(field)) dialogErrors[field] = keys;
    else formErrors[field] = keys;
  }
  return { dialogErrors, formErrors };
}
