import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { signOutAction, switchLocaleAction } from "@/lib/i18n-actions/session-actions";

type NavItem = { href: string; label: string };

/** The bakery's top bar: trade name, sections, language and sign-out. */
export async function TenantNav({
  slug,
  tradeName,
  canEditMailSettings,
  canEditTemplates,
}: {
  slug: string;
  tradeName: string;
  canEditMailSettings: boolean;
  canEditTemplates: boolean;
}) {
  const t = await getTranslations("nav");
  const common = await getTranslations("common");
  const locale = await getLocale();
  const otherLocale = locale === "nl" ? "en" : "nl";

  const items: NavItem[] = [
    { href: `/${slug}/orders`, label: t("orders") },
    { href: `/${slug}/customers`, label: t("customers") },
    { href: `/${slug}/products`, label: t("products") },
    { href: `/${slug}/dispatches`, label: t("dispatches") },
  ];
  if (canEditMailSettings) items.push({ href: `/${slug}/settings/mail`, label: t("mailSettings") });
  if (canEditTemplates) items.push({ href: `/${slug}/settings/templates`, label: t("templates") });

  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href={`/${slug}/orders`} className="font-semibold text-crust-800">
          {tradeName}
        </Link>
        <nav aria-label={t("main")} className="flex flex-wrap gap-4 text-sm">
          {items.map((item) => (
            <Link key={item.href} href={item.href} className="text-stone-700 hover:text-crust-700">
              {item.label}
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <form action={switchLocaleAction}>
            <input type="hidden" name="locale" value={otherLocale} />
            <button type="submit" className="text-stone-700 underline" lang={otherLocale}>
              {common(`languages.${otherLocale}`)}
            </button>
          </form>
          <form action={signOutAction}>
            <button type="submit" className="text-stone-700 underline">
              {common("signOut")}
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
