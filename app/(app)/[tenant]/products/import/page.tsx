import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ExpectedColumns } from "@/components/csv-import/expected-columns";
import { ImportWizard } from "@/components/csv-import/import-wizard";
import { getDb } from "@/db";
import { isLocale } from "@/i18n/messages";
import { productCsvColumns } from "@/lib/csv/product-columns";
import { productTemplateCsv } from "@/lib/csv/template";
import { loadCsvVocabulary } from "@/lib/csv/vocabulary";
import { listProductGroups } from "@/lib/data/product-groups";
import { requireTenantPage } from "@/lib/tenancy";
import { analyzeProductImportAction, commitProductImportAction } from "../actions";
import { tenantPageMetadata } from "../../page-metadata";

export function generateMetadata({ params }: { params: Promise<{ tenant: string }> }) {
  return tenantPageMetadata(params, "products.write", (t) =>
    t("csv.import.title", { entity: t("csv.import.products") }),
  );
}

export default async function ProductImportPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const context = await requireTenantPage(slug, "products.write");
  const t = await getTranslations("csv.import");
  const products = await getTranslations("products");
  const locale = await getLocale();
  const [vocabulary, dutch, english, groups] = await Promise.all([
    loadCsvVocabulary(isLocale(locale) ? locale : "nl"),
    loadCsvVocabulary("nl"),
    loadCsvVocabulary("en"),
    listProductGroups(await getDb(), context.tenant.id),
  ]);
  // The template's example product is in the bakery's first group, so that it imports as it is.
  const exampleGroup = groups[0]?.code ?? "bread";

  return (
    <div className="space-y-4">
      <Link href={`/${slug}/products`} className="text-sm text-crust-700 underline">
        {products("backToList")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("title", { entity: t("products") })}</h1>
      <p className="max-w-3xl text-sm text-stone-700">{t("intro")}</p>
      <ExpectedColumns
        columns={productCsvColumns}
        columnNamespace="productColumns"
        vocabulary={vocabulary}
        dutch={dutch}
        english={english}
        template={productTemplateCsv(vocabulary, exampleGroup)}
        templateName={vocabulary.fileNames.products}
      />
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
