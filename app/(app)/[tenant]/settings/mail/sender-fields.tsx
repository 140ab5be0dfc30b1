"use client";

import { useTranslations } from "next-intl";
import { CheckboxControl, FormSection, SelectControl, TextControl } from "@/components/record-form/controls";
import { maxRetentionDays, pdfArchiveModes, type MailSettingsDraft } from "@/lib/validation/mail-settings-fields";
import type { DraftChange, FieldErrors } from "./server-fields";

type SectionProps = { draft: MailSettingsDraft; change: DraftChange; errorsFor: FieldErrors };

/** Renders the sender section: From address and name, Reply-To, and the CC and BCC copies of every message. */
export function SenderFields({ draft, change, errorsFor, tradeName }: SectionProps & { tradeName: string }) {
  const t = useTranslations("mailSettings");

  return (
    <FormSection id="mail-sender" title={t("sections.sender")}>
      <TextControl
        id="mail-from-address"
        label={t("fields.fromAddress")}
        hint={t("hints.fromAddress")}
        errors={errorsFor("fromAddress")}
        type="email"
        autoComplete="off"
        required
        value={draft.fromAddress}
        onChange={(value) => change("fromAddress", value)}
      />
      <TextControl
        id="mail-from-name"
        label={t("fields.fromName")}
        hint={t("hints.fromName", { tradeName })}
        errors={errorsFor("fromName")}
        autoComplete="off"
        value={draft.fromName}
        onChange={(value) => change("fromName", value)}
      />
      <TextControl
        id="mail-reply-to"
        label={t("fields.replyTo")}
        hint={t("hints.replyTo")}
        errors={errorsFor("replyTo")}
        type="email"
        autoComplete="off"
        value={draft.replyTo}
        onChange={(value) => change("replyTo", value)}
      />
      <div className="hidden md:block" />
      <TextControl
        id="mail-cc"
        label={t("fields.cc")}
        hint={t("hints.cc")}
        errors={errorsFor("cc")}
        multiline
        value={draft.cc}
        onChange={(value) => change("cc", value)}
      />
      <TextControl
        id="mail-bcc"
        label={t("fields.bcc")}
        hint={t("hints.bcc")}
        errors={errorsFor("bcc")}
        multiline
        value={draft.bcc}
        onChange={(value) => change("bcc", value)}
      />
    </FormSection>
  );
}

/** Renders the sending section: daily limit, the success message, and the archive of sent PDFs. */
export function SendingFields({ draft, change, errorsFor }: SectionProps) {
  const t = useTranslations("mailSettings");

  return (
    <FormSection id="mail-sending" title={t("sections.sending")}>
      <TextControl
        id="mail-daily-limit"
        label={t("fields.dailyLimit")}
        hint={t("hints.dailyLimit")}
        errors={errorsFor("dailyLimit")}
        inputMode="numeric"
        autoComplete="off"
        value={draft.dailyLimit}
        onChange={(value) => change("dailyLimit", value)}
      />
      <CheckboxControl
        id="mail-hide-success"
        label={t("fields.hideSuccessMessage")}
        hint={t("hints.hideSuccessMessage")}
        errors={errorsFor("hideSuccessMessage")}
        checked={draft.hideSuccessMessage}
        onChange={(checked) => change("hideSuccessMessage", checked)}
      />
      <SelectControl
        id="mail-pdf-archive"
        label={t("fields.pdfArchive")}
        hint={t("hints.pdfArchive")}
        errors={errorsFor("pdfArchive")}
        value={draft.pdfArchive}
        onChange={(value) => change("pdfArchive", value)}
        options={pdfArchiveModes.map((mode) => ({ value: mode, label: t(`pdfArchiveOptions.${mode}`) }))}
      />
      <TextControl
        id="mail-retention-days"
        label={t("fields.pdfRetentionDays")}
        hint={t("hints.pdfRetentionDays", { max: maxRetentionDays })}
        errors={errorsFor("pdfRetentionDays")}
        inputMode="numeric"
        autoComplete="off"
        disabled={draft.pdfArchive === "delete"}
        value={draft.pdfRetentionDays}
        onChange={(value) => change("pdfRetentionDays", value)}
      />
    </FormSection>
  );
}
