"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

/** Asks before "reset to default" deletes the tenant's own text for a kind. */
export function ResetDialog({
  open,
  onOpenChange,
  kindName,
  pending,
  onConfirm,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  kindName: string;
  pending: boolean;
  onConfirm: () => void;
}) {
  const t = useTranslations("templates.editor");
  const common = useTranslations("common");

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t("resetTitle", { kind: kindName })}
      description={t("resetDescription", { kind: kindName })}
    >
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={() => onOpenChange(false)}>
          {common("cancel")}
        </Button>
        <Button variant="danger" disabled={pending} onClick={onConfirm}>
          {t("resetConfirm")}
        </Button>
      </div>
    </Dialog>
  );
}
