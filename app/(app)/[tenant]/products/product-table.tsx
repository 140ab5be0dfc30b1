"use client";

import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable, type DataTableFeatures } from "@/components/data-table/data-table";
import type { ListParams } from "@/components/data-table/list-url";
import { StatusBadge } from "@/components/ui/status-badge";
import type { ProductListRow } from "@/lib/data/products";
import { formatEuros } from "@/lib/money";

const helper = createColumnHelper<DataTableFeatures, ProductListRow>();

type Translate = ReturnType<typeof useTranslations<"products">>;

function ActiveBadge({ active, t }: { active: boolean; t: Translate }) {
  return active ? (
    <StatusBadge tone="success">{t("list.active")}</StatusBadge>
  ) : (
    <StatusBadge tone="neutral">{t("list.inactive")}</StatusBadge>
  );
}

/** The product list: a sortable table on wide screens, cards on phones. */
export function ProductTable({ slug, rows, params }: { slug: string; rows: ProductListRow[]; params: ListParams }) {
  const t = useTranslations("products");
  const locale = useLocale() === "en" ? "en-NL" : "nl-NL";

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor("number", { header: t("list.columns.number") }),
        helper.accessor("name", {
          header: t("list.columns.name"),
          cell: (context) => (
            <Link
              className="font-medium text-crust-700 underline"
              href={`/${slug}/products/${context.row.original.id}`}
            >
              {context.getValue()}
            </Link>
          ),
        }),
        helper.accessor("productGroup", {
          header: t("list.columns.productGroup"),
          cell: (context) => context.row.original.productGroupName,
        }),
        helper.accessor("unit", { header: t("list.columns.unit"), enableSorting: false }),
        helper.accessor("priceCents", {
          header: t("list.columns.priceCents"),
          cell: (context) => <span className="tabular-nums">{formatEuros(context.getValue(), locale)}</span>,
        }),
        helper.accessor("vatRate", {
          header: t("list.columns.vatRate"),
          enableSorting: false,
          cell: (context) => `${context.getValue()}%`,
        }),
        helper.accessor("sliceable", {
          header: t("list.columns.sliceable"),
          enableSorting: false,
          cell: (context) => (context.getValue() ? t("list.yes") : t("list.no")),
        }),
        helper.display({
          id: "status",
          header: t("list.columns.status"),
          enableSorting: false,
          cell: (context) => <ActiveBadge active={context.row.original.active} t={t} />,
        }),
      ]),
    [slug, t, locale],
  );

  return (
    <DataTable
      columns={columns}
      rows={rows}
      getRowId={(row) => row.id}
      params={params}
      caption={t("list.caption")}
      sortLabel={(column) => t("list.sortBy", { column })}
      renderCard={(row) => (
        <div className="space-y-1 text-sm">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <Link className="font-semibold text-crust-700 underline" href={`/${slug}/products/${row.id}`}>
              {row.number} · {row.name}
            </Link>
            <ActiveBadge active={row.active} t={t} />
          </div>
          <div className="text-stone-700">
            {row.productGroupName} · {row.unit}
            {row.sliceable ? ` · ${t("list.sliceable")}` : ""}
          </div>
          <div className="tabular-nums">
            {formatEuros(row.priceCents, locale)} · {t("list.vat", { rate: row.vatRate })}
          </div>
        </div>
      )}
    />
  );
}
