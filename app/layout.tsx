import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { Toaster } from "sonner";
import "./globals.css";

/**
 * Title each page with the product name, after the page's own title when it
 * has one ("Orders · Bakkerij Broodnodig · Broodbode").
 */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  const appName = t("appName");
  return { title: { default: appName, template: `%s · ${appName}` } };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
        <Toaster position="top-right" closeButton />
      </body>
    </html>
  );
}
