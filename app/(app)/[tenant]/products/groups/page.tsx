import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { listProductGroups } from "@/lib/data/product-groups";
import { hasPermission, requireTenantPage } from "@/lib/tenancy";
import { ProductGroupsEditor } from "./groups-editor";
import { tenantPageMetadata } from "../../page-metadata";

export function generateMetadata({ params }: { params: Promise<{ tenant: string }> }) {
  return tenantPageMetadata(params, "products.read", (t) => t("products.groups.title"));
}

export default async function ProductGroupsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const context = await requireTenantPage(slug, "products.read");
  const t = await getTranslations("products");
  const groups = await listProductGroups(await getDb(), context.tenant.id);

  return (
    <div className="space-y-4">
      <Link href={`/${slug}/products`} className="text-sm text-crust-700 underline">
        {t("backToList")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("groups.title")}</h1>
      <p className="max-w-3xl text-sm text-stone-700">{t("groups.intro")}</p>
      <ProductGroupsEditor slug={slug} groups={groups} canWrite={hasPermission(context.role, "products.write")} />
    </div>
  );
}
