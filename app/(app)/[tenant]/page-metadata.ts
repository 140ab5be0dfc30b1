import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireTenantPage, type Permission, type TenantContext } from "@/lib/tenancy";

type Translator = Awaited<ReturnType<typeof getTranslations>>;

/**
 * Metadata of a bakery page: the title "<page> · <trade name>", to which the
 * root layout's title template adds the product name. Pass the page's own
 * permission, so that the membership lookup is the one the page has cached.
 */
export async function tenantPageMetadata(
  params: Promise<{ tenant: string }>,
  permission: Permission | undefined,
  pageTitle: (t: Translator, context: TenantContext) => string | Promise<string>,
): Promise<Metadata> {
  const { tenant: slug } = await params;
  const context = await requireTenantPage(slug, permission);
  const t = await getTranslations();
  return { title: `${await pageTitle(t, context)} · ${context.tenant.tradeName}` };
}
