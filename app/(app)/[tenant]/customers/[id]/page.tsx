import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { getCustomer } from "@/lib/data/customers";
import { hasPermission, requireTenantPage } from "@/lib/tenancy";
import { CustomerForm } from "../customer-form";
import { CustomerManagement } from "../customer-management";
import { customerFormState } from "../form-state";
import { tenantPageMetadata } from "../../page-metadata";

export function generateMetadata({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  return tenantPageMetadata(params, "customers.read", async (t, { tenant }) => {
    const customer = await getCustomer(await getDb(), tenant.id, (await params).id);
    return customer ? t("customers.editTitle", { number: customer.number, name: customer.name }) : t("customers.title");
  });
}

export default async function CustomerPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant: slug, id } = await params;
  const context = await requireTenantPage(slug, "customers.read");
  const t = await getTranslations("customers");
  const customer = await getCustomer(await getDb(), context.tenant.id, id);
  if (!customer) notFound();
  const canWrite = hasPermission(context.role, "customers.write");

  return (
    <div className="space-y-4">
      <Link href={`/${slug}/customers`} className="text-sm text-crust-700 underline">
        {t("backToList")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("editTitle", { number: customer.number, name: customer.name })}</h1>
      {customer.archivedAt ? (
        <p role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-950">
          {t("manage.archivedNotice")}
        </p>
      ) : null}
      {/* A new key after each save gives the form the stored values. */}
      <CustomerForm
        key={customer.updatedAt.toISOString()}
        slug={slug}
        customerId={customer.id}
        initial={customerFormState(customer)}
        canWrite={canWrite}
      />
      {canWrite ? (
        <CustomerManagement
          slug={slug}
          customerId={customer.id}
          number={customer.number}
          name={customer.name}
          archived={customer.archivedAt !== null}
        />
      ) : null}
    </div>
  );
}
