import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { listOrdersForDate } from "@/lib/data/orders";
import { addDays, formatDutchDate, isIsoDate, todayIn, type IsoDate } from "@/lib/dates";
import { hasPermission, requireTenantPage } from "@/lib/tenancy";
import { maxOrdersPerPrint } from "@/lib/validation/print";
import { OrderGrid } from "./order-grid";
import { tenantPageMetadata } from "../page-metadata";

export function generateMetadata({ params }: { params: Promise<{ tenant: string }> }) {
  return tenantPageMetadata(params, "orders.read", (t) => t("orders.title"));
}

export default async function OrdersPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<{ date?: string | string[] }>;
}) {
  const { tenant: slug } = await params;
  const context = await requireTenantPage(slug, "orders.read");
  const t = await getTranslations("orders");

  const { date } = await searchParams;
  const requestedDate = typeof date === "string" ? date.trim() : "";
  const today = todayIn(context.tenant.timeZone);
  const dateIsInvalid = requestedDate !== "" && !isIsoDate(requestedDate);
  const deliveryDate: IsoDate = requestedDate !== "" && !dateIsInvalid ? requestedDate : today;

  const rows = await listOrdersForDate(await getDb(), context.tenant.id, deliveryDate);
  const dayLink = (day: IsoDate) => `/${slug}/orders?date=${day}`;

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>

      <form method="get" className="flex flex-wrap items-end gap-3">
        <Field id="delivery-date" label={t("dateFilter.label")}>
          <Input id="delivery-date" name="date" type="date" defaultValue={deliveryDate} required className="w-44" />
        </Field>
        <Button type="submit" variant="secondary">
          {t("dateFilter.show")}
        </Button>
        <nav aria-label={t("dateFilter.otherDays")} className="flex gap-3 pb-2 text-sm">
          <Link className="text-crust-700 underline" href={dayLink(addDays(deliveryDate, -1))}>
            {t("dateFilter.previousDay")}
          </Link>
          <Link className="text-crust-700 underline" href={dayLink(today)}>
            {t("dateFilter.today")}
          </Link>
          <Link className="text-crust-700 underline" href={dayLink(addDays(deliveryDate, 1))}>
            {t("dateFilter.nextDay")}
          </Link>
        </nav>
      </form>

      {dateIsInvalid ? (
        <p role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-950">
          {t("dateFilter.invalid", { value: requestedDate, today: formatDutchDate(today) })}
        </p>
      ) : null}

      <OrderGrid
        key={deliveryDate}
        slug={slug}
        rows={rows}
        deliveryDate={deliveryDate}
        canPrint={hasPermission(context.role, "notes.print")}
        canSend={hasPermission(context.role, "notes.send")}
        maxOrdersPerPrint={maxOrdersPerPrint}
      />
    </div>
  );
}
