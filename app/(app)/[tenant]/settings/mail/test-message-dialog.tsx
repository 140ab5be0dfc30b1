"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { TextControl } from "@/components/record-form/controls";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { ProbeResult } from "@/lib/mail/smtp-probe";
import type { MailSettingsDraft } from "@/lib/validation/mail-settings-fields";
import { ProbeResultView } from "./probe-result";
import type { MailSettingsActions } from "./types";

type Source = "form" | "saved";
type Failure = { error: string; values?: Record<string, string | number>; settingsInvalid: boolean };

/**
 * Renders the test message dialog: a recipient (the sender address unless
 * changed), the settings to use (as edited in the form, or as saved), and the
 * result of the last attempt. The result stays while the dialog is closed, so
 * the user can correct the form and come back to "try again".
 */
export function TestMessageDialog({
  open,
  onOpenChange,
  slug,
  draft,
  hasPassword,
  configured,
  sendTest,
  onSettingsErrors,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  slug: string;
  draft: MailSettingsDraft;
  hasPassword: boolean;
  configured: boolean;
  sendTest: MailSettingsActions["sendTest"];
  /** Receives the field errors of the form's settings, keyed by form field. */
  onSettingsErrors: (fieldErrors: Record<string, string[]>) => void;
}) {
  const t = useTranslations("mailSettings.testMessage");
  const translate = useTranslations();
  // Null until the user types a recipient, so the field follows the form's sender address.
  const [typedRecipient, setTypedRecipient] = useState<string | null>(null);
  const [chosenSource, setChosenSource] = useState<Source>("form");
  const [result, setResult] = useState<ProbeResult | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [recipientErrors, setRecipientErrors] = useState<string[] | undefined>();
  const [pending, startTransition] = useTransition();

  const recipient = typedRecipient ?? draft.fromAddress;
  const source: Source = configured ? chosenSource : "form";
  const usesStoredPassword = source === "form" && hasPassword && draft.password === "" && !draft.clearPassword;

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    startTransition(async () => {
      const response = await sendTest(slug, {
        to: recipient,
        source,
        ...(source === "form" ? { settings: draft } : {}),
      });
      if (!response.ok) {
        const { to, settingsErrors } = splitFieldErrors(response.fieldErrors ?? {});
        setRecipientErrors(to?.map((key) => translate(key)));
        if (Object.keys(settingsErrors).length > 0) onSettingsErrors(settingsErrors);
        setFailure({
          error: response.error,
          values: response.values,
          settingsInvalid: Object.keys(settingsErrors).length > 0,
        });
        setResult(null);
        return;
      }
      setRecipientErrors(undefined);
      setFailure(null);
      setResult(response.data);
    });
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={t("title")} description={t("description")}>
      <form onSubmit={send} noValidate className="space-y-4">
        <TextControl
          id="test-recipient"
          label={t("recipient")}
          hint={t("recipientHint")}
          errors={recipientErrors}
          type="email"
          autoComplete="off"
          required
          value={recipient}
          onChange={setTypedRecipient}
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
          {usesStoredPassword ? <p className="text-xs text-stone-600">{t("storedPasswordUsed")}</p> : null}
        </fieldset>

        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={pending}>
            {result || failure ? t("tryAgain") : t("send")}
          </Button>
          <Button variant="secondary" onClick={() => onOpenChange(false)}>
            {translate("common.close")}
          </Button>
        </div>

        <p role="status" className="text-sm text-stone-600">
          {pending ? t("sending") : ""}
        </p>

        {failure && !pending ? (
          <div role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
            <p>{translate(failure.error, failure.values)}</p>
            {failure.settingsInvalid ? <p className="mt-1">{t("formInvalid")}</p> : null}
          </div>
        ) : null}

        {result && !pending ? (
          <div className="space-y-3">
            <ProbeResultView result={result} />
            {!result.ok ? <p className="text-sm text-stone-600">{t("adjustHint")}</p> : null}
          </div>
        ) : null}
      </form>
    </Dialog>
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

/** Separates the recipient's errors from those of the form's settings ("settings.host" → "host"). */
function splitFieldErrors(fieldErrors: Record<string, string[]>) {
  const settingsErrors: Record<string, string[]> = {};
  for (const [path, keys] of Object.entries(fieldErrors)) {
    if (path.startsWith("settings.")) settingsErrors[path.slice("settings.".length)] = keys;
  }
  return { to: fieldErrors.to, settingsErrors };
}
