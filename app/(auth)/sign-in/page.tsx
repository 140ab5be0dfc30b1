import { getTranslations } from "next-intl/server";
import { SignInForm } from "./sign-in-form";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const t = await getTranslations("auth");
  const { callbackUrl } = await searchParams;
  return (
    <main className="mx-auto mt-16 max-w-sm rounded-lg bg-white p-8 shadow">
      <h1 className="text-xl font-semibold">{t("signInTitle")}</h1>
      <SignInForm callbackUrl={callbackUrl ?? "/"} />
    </main>
  );
}
