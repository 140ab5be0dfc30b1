"use client";

import { RotateCw } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { resendDispatchAction } from "./actions";

/** Queue a failed or deferred message again and refresh the log. */
export function ResendButton({
  slug,
  dispatchId,
  recipients,
}: {
  slug: string;
  dispatchId: string;
  recipients: string;
}) {
  const t = useTranslations("dispatches");
  const translate = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  return (
    <Button
      variant="secondary"
      className="px-3 py-1 whitespace-nowrap"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await resendDispatchAction(slug, { dispatchId });
          if (result.ok) {
            toast.success(t("resent"));
            router.refresh();
          } else {
            toast.error(translate(result.error, result.values));
          }
        })
      }
    >
      <RotateCw aria-hidden="true" className="size-4" />
      {t("resend")}
      <span className="sr-only"> ({t("resendFor", { recipients })})</span>
    </Button>
  );
}
