"use client";

import { useEffect, useRef, type InputHTMLAttributes } from "react";
import { cn } from "@/components/ui/cn";

/**
 * A checkbox for row selection. `indeterminate` is a DOM property without an
 * HTML attribute, so it is set on the element after each render; assistive
 * technology then reports the box as "mixed".
 */
export function SelectionCheckbox({
  indeterminate = false,
  className,
  ...props
}: Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & { indeterminate?: boolean; "aria-label": string }) {
  const ref = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate && !props.checked;
  }, [indeterminate, props.checked]);

  return (
    <input
      ref={ref}
      type="checkbox"
      className={cn("size-4 cursor-pointer rounded border-stone-400 accent-crust-700", className)}
      {...props}
    />
  );
}
