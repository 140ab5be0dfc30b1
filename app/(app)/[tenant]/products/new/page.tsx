import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { listProductGroups } from "@/lib/data/product-groups";
import { suggestProductNumber } from "@/lib/data/products";
import { requireTenantPage } from "@/lib/tenancy";
import { emptyProductValues } from "@/lib/validation/product-values";
import { ProductForm } from "../product-form";
import { tenantPageMetadata } from "../../page-metadata";

export function generateMetadata({ params }: { params: Promise<{ tenant: string }> }) {
  return tenantPageMetadata(params, "products.write", (t) => t("products.newTitle"));
}

export default async function NewProductPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const context = await requireTenantPage(slug, "products.write");
  const t = await getTranslations("products");
  const db = await getDb();
  const [suggestedNumber, groups] = await Promise.all([
    suggestProductNumber(db, context.tenant.id),
    listProductGroups(db, context.tenant.id),
  ]);

  return (
    <div className="space-y-4">
      <Link href={`/${slug}/products`} className="text-sm text-crust-700 underline">
        {t("backToList")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("newTitle")}</h1>
      <ProductForm slug={slug} initial={emptyProductValues(suggestedNumber)} groups={groups} canWrite />
    </div>
  );
}
