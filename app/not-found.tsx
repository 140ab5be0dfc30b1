import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <main className="mx-auto max-w-md p-8">
      <h1 className="text-xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-2 text-stone-700">{t("notFoundText")}</p>
      <Link className="mt-4 inline-block text-crust-700 underline" href="/">
        {t("backToStart")}
      </Link>
    </main>
  );
}
