"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { deleteProductAction } from "./actions";

/** Delete for one product, after confirmation; a product on orders is made inactive instead. */
export function ProductManagement({
  slug,
  productId,
  number,
  name,
}: {
  slug: string;
  productId: string;
  number: number;
  name: string;
}) {
  const t = useTranslations("products.manage");
  const translate = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);

  const remove = () =>
    startTransition(async () => {
      const result = await deleteProductAction(slug, { id: productId });
      setConfirming(false);
      if (!result.ok) {
        toast.error(translate(result.error, result.values));
        return;
      }
      if (result.data.outcome === "deactivated") {
        toast.info(t("deactivated", { number }));
        router.refresh();
      } else {
        toast.success(t("deleted", { number }));
        router.push(`/${slug}/products`);
      }
    });

  return (
    <section aria-labelledby="product-manage-title" className="rounded-lg border border-stone-200 bg-white p-4 md:p-6">
      <h2 id="product-manage-title" className="mb-3 text-lg font-semibold">
        {t("title")}
      </h2>
      <Button variant="danger" onClick={() => setConfirming(true)} disabled={pending}>
        {t("delete")}
      </Button>
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
