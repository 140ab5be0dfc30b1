"use client";

import type { ReactNode } from "react";
import { describedBy, Field as LabeledControl, FieldErrors } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";

/**
 * Form controls of the record forms (customers, products): a visible label
 * bound to the control, an optional hint, and the field's translated errors
 * next to it, referenced by aria-describedby.
 */

export { Field as LabeledControl, FieldErrors } from "@/components/ui/field";

type Common = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  disabled?: boolean;
};

export function TextControl({
  id,
  label,
  hint,
  errors,
  disabled,
  value,
  onChange,
  type = "text",
  inputMode,
  autoComplete,
  required,
  multiline,
  className,
}: Common & {
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "email" | "tel" | "time";
  inputMode?: "numeric" | "decimal" | "email" | "tel" | "text";
  autoComplete?: string;
  required?: boolean;
  multiline?: boolean;
  className?: string;
}) {
  const shared = {
    id,
    name: id,
    value,
    disabled,
    required,
    "aria-invalid": errors && errors.length > 0 ? true : undefined,
    "aria-describedby": describedBy(id, { hint: Boolean(hint), errors }),
  };
  return (
    <LabeledControl id={id} label={label} hint={hint} errors={errors}>
      {multiline ? (
        <Textarea {...shared} rows={3} className={className} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <Input
          {...shared}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          className={className}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </LabeledControl>
  );
}

export function SelectControl<Value extends string>({
  id,
  label,
  hint,
  errors,
  disabled,
  value,
  onChange,
  options,
}: Common & { value: Value; onChange: (value: Value) => void; options: { value: Value; label: string }[] }) {
  return (
    <LabeledControl id={id} label={label} hint={hint} errors={errors}>
      <Select
        id={id}
        name={id}
        value={value}
        disabled={disabled}
        aria-invalid={errors && errors.length > 0 ? true : undefined}
        aria-describedby={describedBy(id, { hint: Boolean(hint), errors })}
        onChange={(event) => onChange(event.target.value as Value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </LabeledControl>
  );
}

/** A check box with its label to the right, as desktop forms show options. */
export function CheckboxControl({
  id,
  label,
  hint,
  errors,
  disabled,
  checked,
  onChange,
}: Common & { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="space-y-1">
      <div className="flex items-start gap-2">
        <input
          id={id}
          name={id}
          type="checkbox"
          className="mt-0.5 size-4 rounded border-stone-400 accent-crust-700"
          checked={checked}
          disabled={disabled}
          aria-invalid={errors && errors.length > 0 ? true : undefined}
          aria-describedby={describedBy(id, { hint: Boolean(hint), errors })}
          onChange={(event) => onChange(event.target.checked)}
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
      <FieldErrors id={id} errors={errors} className="pl-6 text-sm text-red-700" />
    </div>
  );
}

/** A titled part of a long form, reachable from the form's section links. */
export function FormSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      className="scroll-mt-20 rounded-lg border border-stone-200 bg-white p-4 md:p-6"
    >
      <h2 id={`${id}-title`} className="mb-4 text-lg font-semibold">
        {title}
      </h2>
      <div className="grid gap-4 md:grid-cols-2">{children}</div>
    </section>
  );
}
