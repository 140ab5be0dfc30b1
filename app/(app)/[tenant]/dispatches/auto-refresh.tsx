"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Re-render the page from the server every `intervalMs` while `active`.
 * The server renders `active` false once nothing in view is pending, which
 * stops the refreshing.
 */
export function AutoRefresh({ active, intervalMs }: { active: boolean; intervalMs: number }) {
  const router = useRouter();

  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs, router]);

  return null;
}
