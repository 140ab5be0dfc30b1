import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ExpectedColumns } from "@/components/csv-import/expected-columns";
import { ImportWizard } from "@/components/csv-import/import-wizard";
import { isLocale } from "@/i18n/messages";
import { customerCsvColumns } from "@/lib/csv/customer-columns";
import { customerTemplateCsv } from "@/lib/csv/template";
import { loadCsvVocabulary } from "@/lib/csv/vocabulary";
import { requireTenantPage } from "@/lib/tenancy";
import { analyzeCustomerImportAction, commitCustomerImportAction } from "../actions";
import { tenantPageMetadata } from "../../page-metadata";

export function generateMetadata({ params }: { params: Promise<{ tenant: string }> }) {
  return tenantPageMetadata(params, "customers.write", (t) =>
    t("csv.import.title", { entity: t("csv.import.customers") }),
  );
}

export default async function CustomerImportPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  await requireTenantPage(slug, "customers.write");
  const t = await getTranslations("csv.import");
  const customers = await getTranslations("customers");
  const locale = await getLocale();
  const [vocabulary, dutch, english] = await Promise.all([
    loadCsvVocabulary(isLocale(locale) ? locale : "nl"),
    loadCsvVocabulary("nl"),
    loadCsvVocabulary("en"),
  ]);

  return (
    <div className="space-y-4">
      <Link href={`/${slug}/customers`} className="text-sm text-crust-700 underline">
        {customers("backToList")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("title", { entity: t("customers") })}</h1>
      <p className="max-w-3xl text-sm text-stone-700">{t("intro")}</p>
      <ExpectedColumns
        columns={customerCsvColumns}
        columnNamespace="customerColumns"
        vocabulary={vocabulary}
        dutch={dutch}
        english={english}
        template={customerTemplateCsv(vocabulary)}
        templateName={vocabulary.fileNames.customers}
      />
      <ImportWizard
        slug={slug}
        columnNamespace="customerColumns"
        fieldKeys={customerCsvColumns.map((column) => column.key)}
        listPath={`/${slug}/customers`}
        analyze={analyzeCustomerImportAction}
        commit={commitCustomerImportAction}
      />
    </div>
  );
}
