import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { suggestCustomerNumber } from "@/lib/data/customers";
import { requireTenantPage } from "@/lib/tenancy";
import { CustomerForm } from "../customer-form";
import { newCustomerFormState } from "../form-state";
import { tenantPageMetadata } from "../../page-metadata";

export function generateMetadata({ params }: { params: Promise<{ tenant: string }> }) {
  return tenantPageMetadata(params, "customers.write", (t) => t("customers.newTitle"));
}

export default async function NewCustomerPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const context = await requireTenantPage(slug, "customers.write");
  const t = await getTranslations("customers");
  const suggestedNumber = await suggestCustomerNumber(await getDb(), context.tenant.id);

  return (
    <div className="space-y-4">
      <Link href={`/${slug}/customers`} className="text-sm text-crust-700 underline">
        {t("backToList")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("newTitle")}</h1>
      <CustomerForm slug={slug} initial={newCustomerFormState(suggestedNumber)} canWrite />
    </div>
  );
}
