import type { ReactNode } from "react";

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
      {errors && errors.length > 0 ? (
        <div id={`${id}-error`} className="text-sm text-red-700" role="alert">
          {errors.map((error) => (
            <p key={error}>{error}</p>
          ))}
        </div>
      ) : null}
    </div>
  );
}

/** The aria-describedby value for a control inside Field. */
export function describedBy(id: string, options: { hint?: boolean; errors?: string[] }): string | undefined {
  const ids = [options.hint ? `${id}-hint` : null, options.errors && options.errors.length > 0 ? `${id}-error` : null];
  const joined = ids.filter(Boolean).join(" ");
  return joined || undefined;
}
