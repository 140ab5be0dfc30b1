import { cn } from "./cn";

const tones = {
  neutral: "bg-stone-100 text-stone-800",
  info: "bg-sky-100 text-sky-900",
  success: "bg-green-100 text-green-900",
  warning: "bg-amber-100 text-amber-900",
  danger: "bg-red-100 text-red-900",
} as const;

export function StatusBadge({ tone, children }: { tone: keyof typeof tones; children: React.ReactNode }) {
  return (
    <span className={cn("inline-block rounded-full px-2 py-0.5 text-xs font-medium", tones[tone])}>{children}</span>
  );
}
