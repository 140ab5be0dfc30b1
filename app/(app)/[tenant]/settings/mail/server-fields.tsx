"use client";

import { useTranslations } from "next-intl";
import { CheckboxControl, FormSection, SelectControl, TextControl } from "@/components/record-form/controls";
import { Button } from "@/components/ui/button";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { StatusBadge } from "@/components/ui/status-badge";
import type { MailPreset } from "@/lib/data/mail-settings";
import type { SmtpSecurity } from "@/lib/mail/diagnosis";
import { securityWarning, smtpSecurityModes, type MailSettingsDraft } from "@/lib/validation/mail-settings-fields";
import { PresetPicker } from "./preset-picker";

export type DraftChange = <Field extends keyof MailSettingsDraft>(
  field: Field,
  value: MailSettingsDraft[Field],
) => void;

export type FieldErrors = (field: string) => string[] | undefined;

/** Renders the server section: provider preset, host, port, security with its live warning, username and the write-only password. */
export function ServerFields({
  draft,
  change,
  errorsFor,
  hasPassword,
  presets,
  presetKey,
  onPreset,
}: {
  draft: MailSettingsDraft;
  change: DraftChange;
  errorsFor: FieldErrors;
  hasPassword: boolean;
  presets: MailPreset[];
  presetKey: string;
  onPreset: (preset: MailPreset | null) => void;
}) {
  const t = useTranslations("mailSettings");

  return (
    <FormSection id="mail-server" title={t("sections.server")}>
      <PresetPicker presets={presets} selectedKey={presetKey} onSelect={onPreset} />

      <TextControl
        id="mail-host"
        label={t("fields.host")}
        hint={t("hints.host")}
        errors={errorsFor("host")}
        value={draft.host}
        onChange={(value) => change("host", value)}
        autoComplete="off"
        required
      />
      <TextControl
        id="mail-port"
        label={t("fields.port")}
        hint={t("hints.port")}
        errors={errorsFor("port")}
        value={draft.port}
        onChange={(value) => change("port", value)}
        inputMode="numeric"
        autoComplete="off"
        required
      />

      <SelectControl
        id="mail-security"
        label={t("fields.security")}
        hint={t("hints.security")}
        errors={errorsFor("security")}
        value={draft.security}
        onChange={(value) => change("security", value)}
        options={smtpSecurityModes.map((mode) => ({ value: mode, label: t(`securityOptions.${mode}`) }))}
      />
      <SecurityAdvice
        port={draft.port}
        security={draft.security}
        onChoose={(security) => change("security", security)}
      />

      <TextControl
        id="mail-username"
        label={t("fields.username")}
        hint={t("hints.username")}
        errors={errorsFor("username")}
        value={draft.username}
        onChange={(value) => change("username", value)}
        autoComplete="off"
      />
      <PasswordField draft={draft} change={change} errorsFor={errorsFor} hasPassword={hasPassword} />
    </FormSection>
  );
}

/**
 * Renders the warning for a port and security that do not go together, with
 * a button that chooses the recommended security. The region is announced as
 * the user changes port or security; it only warns, so saving stays possible.
 */
export function SecurityAdvice({
  port,
  security,
  onChoose,
}: {
  /** The port as typed. */
  port: string;
  security: SmtpSecurity;
  onChoose: (security: SmtpSecurity) => void;
}) {
  const t = useTranslations("mailSettings");
  const portNumber = /^\d+$/.test(port.trim()) ? Number(port) : NaN;
  const warning = Number.isNaN(portNumber) ? null : securityWarning(portNumber, security);

  return (
    <div aria-live="polite" className="md:self-end">
      {warning ? (
        <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          <p>{t(warning.key.replace(/^mailSettings\./, ""), warning.values)}</p>
          <Button variant="secondary" onClick={() => onChoose(warning.recommended)}>
            {t("securityWarnings.apply", { security: t(`securityOptions.${warning.recommended}`) })}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

/**
 * Renders the write-only password: the field starts empty, shows whether a
 * password is stored, and offers to remove it. The page sends the browser
 * only `hasPassword`, never the stored value.
 */
function PasswordField({
  draft,
  change,
  errorsFor,
  hasPassword,
}: {
  draft: MailSettingsDraft;
  change: DraftChange;
  errorsFor: FieldErrors;
  hasPassword: boolean;
}) {
  const t = useTranslations("mailSettings");
  const id = "mail-password";
  const errors = errorsFor("password");

  return (
    <div className="space-y-3">
      <Field
        id={id}
        label={t("fields.password")}
        hint={hasPassword ? t("hints.passwordStored") : t("hints.passwordNone")}
        errors={errors}
      >
        <p id={`${id}-status`}>
          <StatusBadge tone={hasPassword ? "success" : "neutral"}>
            {hasPassword ? t("password.stored") : t("password.none")}
          </StatusBadge>
        </p>
        <Input
          id={id}
          name={id}
          type="password"
          // The browser must not fill in the user's own login here.
          autoComplete="new-password"
          value={draft.password}
          aria-invalid={errors ? true : undefined}
          aria-describedby={[`${id}-status`, describedBy(id, { hint: true, errors })].join(" ")}
          onChange={(event) => change("password", event.target.value)}
        />
      </Field>
      {hasPassword ? (
        <CheckboxControl
          id="mail-clear-password"
          label={t("fields.clearPassword")}
          hint={t("hints.clearPassword")}
          checked={draft.clearPassword}
          disabled={draft.password !== ""}
          onChange={(checked) => change("clearPassword", checked)}
        />
      ) : null}
    </div>
  );
}
