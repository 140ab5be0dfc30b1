"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { deleteCustomerAction, setCustomerArchivedAction } from "./actions";

/** Buttons to archive, restore and delete one customer. Deleting opens a confirmation dialog first. */
export function CustomerManagement({
  slug,
  customerId,
  number,
  name,
  archived,
}: {
  slug: string;
  customerId: string;
  number: number;
  name: string;
  archived: boolean;
}) {
  const t = useTranslations("customers.manage");
  const translate = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);

  const toggleArchived = () =>
    startTransition(async () => {
      const result = await setCustomerArchivedAction(slug, { id: customerId, archived: !archived });
      if (!result.ok) {
        toast.error(translate(result.error, result.values));
        return;
      }
      toast.success(t(archived ? "restored" : "archived", { number }));
      router.refresh();
    });

  const remove = () =>
    startTransition(async () => {
      const result = await deleteCustomerAction(slug, { id: customerId });
      setConfirming(false);
      if (!result.ok) {
        toast.error(translate(result.error, result.values));
        return;
      }
      if (result.data.outcome === "archived") {
        toast.info(t("deleteArchived", { number }));
        router.refresh();
      } else {
        toast.success(t("deleted", { number }));
        router.push(`/${slug}/customers`);
      }
    });

  return (
    <section aria-labelledby="customer-manage-title" className="rounded-lg border border-stone-200 bg-white p-4 md:p-6">
      <h2 id="customer-manage-title" className="mb-3 text-lg font-semibold">
        {t("title")}
      </h2>
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" onClick={toggleArchived} disabled={pending}>
          {archived ? t("restore") : t("archive")}
        </Button>
        <Button variant="danger" onClick={() => setConfirming(true)} disabled={pending}>
          {t("delete")}
        </Button>
      </div>
      <Dialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t("confirmDeleteTitle")}
        description={t("confirmDeleteText", { number, name })}
      >
        <div className="flex justify-end gap-3">
          <Button variant="secondary" onClick={() => setConfirming(false)} disabled={pending}>
            {translate("common.cancel")}
          </Button>
          <Button variant="danger" onClick={remove} disabled={pending}>
            {t("confirmDelete")}
          </Button>
        </div>
      </Dialog>
    </section>
  );
}
