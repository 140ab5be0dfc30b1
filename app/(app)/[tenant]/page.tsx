import { redirect } from "next/navigation";
import { requireTenantPage } from "@/lib/tenancy";

/** Redirect the bakery's root URL to its orders, after the membership check (404 for non-members). */
export default async function TenantHomePage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  await requireTenantPage(slug);
  redirect(`/${slug}/orders`);
}
