import type { ReactNode } from "react";

/**
 * The messages of a field with errors, announced when they appear. A list
 * element would lose its list role to role="alert", so each message is a paragraph.
 */
export function FieldErrors({ id, errors, className }: { id: string; errors?: string[]; className?: string }) {
  if (!errors || errors.length === 0) return null;
  return (
    <div id={`${id}-error`} role="alert" className={className ?? "text-sm text-red-700"}>
      {errors.map((error) => (
        <p key={error}>{error}</p>
      ))}
    </div>
  );
}

/**
 * A label bound to one control, with an optional hint and error messages that
 * the control should reference through aria-describedby.
 */
export function Field({
  id,
  label,
  hint,
  errors,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-stone-600">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={id} errors={errors} />
    </div>
  );
}

/** The aria-describedby value for a control inside Field. */
export function describedBy(id: string, options: { hint?: boolean; errors?: string[] }): string | undefined {
  const ids = [options.hint ? `${id}-hint` : null, options.errors && options.errors.length > 0 ? `${id}-error` : null];
  const joined = ids.filter(Boolean).join(" ");
  return joined || undefined;
}
