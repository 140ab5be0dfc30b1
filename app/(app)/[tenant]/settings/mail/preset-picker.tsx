"use client";

import { useTranslations } from "next-intl";
import { describedBy, Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import type { MailPreset } from "@/lib/data/mail-settings";

const categories = ["isp", "service"] as const;

/**
 * The provider select, grouped into internet providers and mail services.
 * Choosing one reports the preset; the form fills host, port, security and,
 * when the preset has one, the daily limit. Below it shows what was filled
 * in and the preset's explanation (why ISP relays refuse a data centre, how
 * Microsoft and Google accept logins).
 */
export function PresetPicker({
  presets,
  selectedKey,
  onSelect,
}: {
  presets: MailPreset[];
  selectedKey: string;
  onSelect: (preset: MailPreset | null) => void;
}) {
  const t = useTranslations("mailSettings");
  const id = "mail-preset";
  const selected = presets.find((preset) => preset.key === selectedKey) ?? null;

  return (
    <div className="space-y-2 md:col-span-2">
      <Field id={id} label={t("fields.preset")} hint={t("hints.preset")}>
        <Select
          id={id}
          name={id}
          value={selectedKey}
          aria-describedby={describedBy(id, { hint: true })}
          onChange={(event) => onSelect(presets.find((preset) => preset.key === event.target.value) ?? null)}
        >
          <option value="">{t("presets.none")}</option>
          {categories.map((category) => (
            <optgroup key={category} label={t(`presets.groups.${category}`)}>
              {presets
                .filter((preset) => preset.category === category)
                .map((preset) => (
                  <option key={preset.key} value={preset.key}>
                    {preset.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </Select>
      </Field>

      <div role="status" className="space-y-2">
        {selected ? (
          <>
            <p className="text-sm text-stone-700">{filledText(t, selected)}</p>
            <PresetHelp helpKey={selected.helpKey} />
          </>
        ) : null}
      </div>
    </div>
  );
}

type Translator = ReturnType<typeof useTranslations>;

function filledText(t: Translator, preset: MailPreset): string {
  const values = {
    name: preset.name,
    host: preset.host,
    port: preset.port,
    security: t(`securityOptions.${preset.security}`),
  };
  return preset.dailyLimit === null
    ? t("presets.filled", values)
    : t("presets.filledWithLimit", { ...values, limit: preset.dailyLimit });
}

const helpSteps = ["step1", "step2", "step3", "step4"] as const;

/** The explanation of a preset's helpKey, with its numbered steps when it has them. Unknown keys show nothing. */
function PresetHelp({ helpKey }: { helpKey: string | null }) {
  const t = useTranslations("mailSettings.presetHelp");
  if (!helpKey || !t.has(`${helpKey}.title`)) return null;
  const steps = helpSteps.filter((step) => t.has(`${helpKey}.${step}`));

  return (
    <div className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-medium">{t(`${helpKey}.title`)}</p>
      <p className="mt-1">{t(`${helpKey}.text`)}</p>
      {steps.length > 0 ? (
        <ol className="mt-2 list-decimal space-y-1 pl-5">
          {steps.map((step) => (
            <li key={step}>{t(`${helpKey}.${step}`)}</li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
