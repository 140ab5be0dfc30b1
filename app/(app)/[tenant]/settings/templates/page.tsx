import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { listPreviewCustomers, listTemplates, templateLocale } from "@/lib/data/mail-templates";
import { todayIn } from "@/lib/dates";
import { requireTenantPage } from "@/lib/tenancy";
import { TemplateSettings } from "./template-settings";
import { tenantPageMetadata } from "../../page-metadata";

export function generateMetadata({ params }: { params: Promise<{ tenant: string }> }) {
  return tenantPageMetadata(params, "settings.templates", (t) => t("templates.page.title"));
}

export default async function TemplatesPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const { tenant } = await requireTenantPage(slug, "settings.templates");
  const t = await getTranslations("templates.page");

  const db = await getDb();
  const [templates, customers] = await Promise.all([
    listTemplates(db, tenant.id, tenant.locale),
    listPreviewCustomers(db, tenant.id),
  ]);

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl text-sm text-stone-700">{t("intro")}</p>
      <TemplateSettings
        slug={slug}
        templates={templates}
        customers={customers}
        bakery={{
          tradeName: tenant.tradeName,
          address: tenant.address,
          postalCode: tenant.postalCode,
          city: tenant.city,
          phone: tenant.phone,
          fax: tenant.fax,
          email: tenant.email,
        }}
        locale={templateLocale(tenant.locale)}
        today={todayIn(tenant.timeZone)}
      />
    </div>
  );
}
