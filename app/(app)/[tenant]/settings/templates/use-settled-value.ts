"use client";

import { useEffect, useState } from "react";

/**
 * Returns `value` once it has stopped changing for `delayMs`, so validation messages
 * wait until the user pauses typing. `settle()` takes the current value at once.
 */
export function useSettledValue<T>(value: T, delayMs: number): [T, () => void] {
  const [settled, setSettled] = useState(value);

  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);

  return [settled, () => setSettled(value)];
}
