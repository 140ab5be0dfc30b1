import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ImportWizard } from "@/components/csv-import/import-wizard";
import { customerCsvColumns } from "@/lib/csv/customer-columns";
import { requireTenantPage } from "@/lib/tenancy";
import { analyzeCustomerImportAction, commitCustomerImportAction } from "../actions";

export default async function CustomerImportPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  await requireTenantPage(slug, "customers.write");
  const t = await getTranslations("csv.import");
  const customers = await getTranslations("customers");

  return (
    <div className="space-y-4">
      <Link href={`/${slug}/customers`} className="text-sm text-crust-700 underline">
        {customers("backToList")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("title", { entity: t("customers") })}</h1>
      <p className="max-w-3xl text-sm text-stone-700">{t("intro")}</p>
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
