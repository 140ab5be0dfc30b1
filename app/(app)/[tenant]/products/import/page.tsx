import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ImportWizard } from "@/components/csv-import/import-wizard";
import { productCsvColumns } from "@/lib/csv/product-columns";
import { requireTenantPage } from "@/lib/tenancy";
import { analyzeProductImportAction, commitProductImportAction } from "../actions";

export default async function ProductImportPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  await requireTenantPage(slug, "products.write");
  const t = await getTranslations("csv.import");
  const products = await getTranslations("products");

  return (
    <div className="space-y-4">
      <Link href={`/${slug}/products`} className="text-sm text-crust-700 underline">
        {products("backToList")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("title", { entity: t("products") })}</h1>
      <p className="max-w-3xl text-sm text-stone-700">{t("intro")}</p>
      <ImportWizard
        slug={slug}
        columnNamespace="productColumns"
        fieldKeys={productCsvColumns.map((column) => column.key)}
        listPath={`/${slug}/products`}
        analyze={analyzeProductImportAction}
        commit={commitProductImportAction}
      />
    </div>
  );
}
