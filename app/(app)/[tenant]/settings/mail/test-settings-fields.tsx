"use client";

import { useTranslations } from "next-intl";
import { SelectControl, TextControl } from "@/components/record-form/controls";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { smtpSecurityModes, type MailSettingsDraft } from "@/lib/validation/mail-settings-fields";
import { SecurityAdvice } from "./server-fields";

/** The settings that the test message dialog lets the user correct before trying again. */
export const testSettingNames = ["host", "port", "security", "username", "password", "fromAddress"] as const;

export type TestSettings = Pick<MailSettingsDraft, (typeof testSettingNames)[number]>;

/** The source of the password when the dialog's password field is empty. */
export type PasswordFallback = "form" | "stored" | "none";

/**
 * Renders the dialog's copy of the server settings and the sender address,
 * each control labelled as in the form. The password field starts empty:
 * empty uses `passwordFallback`.
 */
export function TestSettingsFields({
  settings,
  onChange,
  errorsFor,
  passwordFallback,
}: {
  settings: TestSettings;
  onChange: (values: Partial<TestSettings>) => void;
  errorsFor: (field: keyof TestSettings) => string[] | undefined;
  passwordFallback: PasswordFallback;
}) {
  const t = useTranslations("mailSettings");
  const passwordId = "test-password";
  const passwordErrors = errorsFor("password");

  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-stone-800">{t("testMessage.settings")}</legend>
      <p className="text-xs text-stone-600">{t("testMessage.settingsHint")}</p>
      <div className="grid gap-3 md:grid-cols-2">
        <TextControl
          id="test-host"
          label={t("fields.host")}
          errors={errorsFor("host")}
          value={settings.host}
          onChange={(host) => onChange({ host })}
          autoComplete="off"
          required
        />
        <TextControl
          id="test-port"
          label={t("fields.port")}
          errors={errorsFor("port")}
          value={settings.port}
          onChange={(port) => onChange({ port })}
          inputMode="numeric"
          autoComplete="off"
          required
        />
        <SelectControl
          id="test-security"
          label={t("fields.security")}
          errors={errorsFor("security")}
          value={settings.security}
          onChange={(security) => onChange({ security })}
          options={smtpSecurityModes.map((mode) => ({ value: mode, label: t(`securityOptions.${mode}`) }))}
        />
        <SecurityAdvice
          port={settings.port}
          security={settings.security}
          onChoose={(security) => onChange({ security })}
        />
        <TextControl
          id="test-username"
          label={t("fields.username")}
          errors={errorsFor("username")}
          value={settings.username}
          onChange={(username) => onChange({ username })}
          autoComplete="off"
        />
        <Field
          id={passwordId}
          label={t("fields.password")}
          hint={t(`testMessage.passwordFallback.${passwordFallback}`)}
          errors={passwordErrors}
        >
          <Input
            id={passwordId}
            name={passwordId}
            type="password"
            // The browser must not fill in the user's own login here.
            autoComplete="new-password"
            value={settings.password}
            aria-invalid={passwordErrors ? true : undefined}
            aria-describedby={describedBy(passwordId, { hint: true, errors: passwordErrors })}
            onChange={(event) => onChange({ password: event.target.value })}
          />
        </Field>
        <TextControl
          id="test-from-address"
          label={t("fields.fromAddress")}
          errors={errorsFor("fromAddress")}
          type="email"
          value={settings.fromAddress}
          onChange={(fromAddress) => onChange({ fromAddress })}
          autoComplete="off"
          required
        />
      </div>
    </fieldset>
  );
}
