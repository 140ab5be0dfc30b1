import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { requireTenantPage } from "@/lib/tenancy";
import { checkSpfAction, saveMailSettingsAction, sendTestMessageAction } from "./actions";
import { MailSettingsForm } from "./mail-settings-form";
import { loadMailSettingsPage } from "./page-data";
import { tenantPageMetadata } from "../../page-metadata";

export function generateMetadata({ params }: { params: Promise<{ tenant: string }> }) {
  return tenantPageMetadata(params, "settings.mail", (t) => t("mailSettings.page.title"));
}

export default async function MailSettingsPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  // Owners only: other roles get the same 404 as a non-member.
  const { tenant } = await requireTenantPage(slug, "settings.mail");
  const t = await getTranslations("mailSettings.page");
  const data = await loadMailSettingsPage(await getDb(), tenant);

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl text-sm text-stone-700">{t("intro")}</p>
      <MailSettingsForm
        slug={slug}
        data={data}
        actions={{ save: saveMailSettingsAction, sendTest: sendTestMessageAction, checkSpf: checkSpfAction }}
      />
    </div>
  );
}
