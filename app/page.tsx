import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { getDb } from "@/db";
import { requireUserId } from "@/lib/auth/session";
import { listUserTenants } from "@/lib/data/users";

/** Start page: straight to the orders of the user's bakery, or a choice when there are several. */
export default async function HomePage() {
  const userId = await requireUserId();
  const tenantsOfUser = await listUserTenants(await getDb(), userId);
  if (tenantsOfUser.length === 1) redirect(`/${tenantsOfUser[0]!.slug}/orders`);

  const t = await getTranslations("common");
  return (
    <main className="mx-auto max-w-md p-8">
      <h1 className="text-xl font-semibold">{tenantsOfUser.length === 0 ? t("appName") : t("chooseBakery")}</h1>
      {tenantsOfUser.length === 0 ? (
        <p className="mt-4 text-stone-700">{t("noBakery")}</p>
      ) : (
        <ul className="mt-4 space-y-2">
          {tenantsOfUser.map((tenant) => (
            <li key={tenant.slug}>
              <Link className="text-crust-700 underline" href={`/${tenant.slug}/orders`}>
                {tenant.tradeName}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
