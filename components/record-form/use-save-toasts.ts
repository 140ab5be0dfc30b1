"use client";

import { useMemo, useRef } from "react";
import { toast } from "sonner";

/**
 * The toasts of a form's saves. A new save dismisses the previous save's
 * error toast by its id, so that a failure that was corrected does not stay
 * on screen next to the success toast. Each toast gets its own id, because
 * sonner merges a toast into one with the same id that is still fading out
 * and then removes both.
 */
export function useSaveToasts() {
  const errorToastId = useRef<string | number | null>(null);

  return useMemo(
    () => ({
      /** Call when a save starts. */
      dismissError() {
        if (errorToastId.current !== null) toast.dismiss(errorToastId.current);
        errorToastId.current = null;
      },
      showError(message: string) {
        if (errorToastId.current !== null) toast.dismiss(errorToastId.current);
        errorToastId.current = toast.error(message);
      },
      showSuccess(message: string) {
        toast.success(message);
      },
    }),
    [],
  );
}
