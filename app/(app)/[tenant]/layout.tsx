import { getTranslations } from "next-intl/server";
import { TenantNav } from "@/components/tenant-nav";
import { hasPermission, requireTenantPage } from "@/lib/tenancy";

export default async function TenantLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ tenant: string }>;
}) {
  const { tenant: slug } = await params;
  const context = await requireTenantPage(slug);
  const t = await getTranslations("common");

  return (
    <div className="min-h-screen">
      <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        {t("skipToContent")}
      </a>
      <TenantNav
        slug={slug}
        tradeName={context.tenant.tradeName}
        canEditMailSettings={hasPermission(context.role, "settings.mail")}
        canEditTemplates={hasPermission(context.role, "settings.templates")}
      />
      <main id="content" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
