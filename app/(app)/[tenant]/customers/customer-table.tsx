"use client";

import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable, type DataTableFeatures } from "@/components/data-table/data-table";
import type { ListParams } from "@/components/data-table/list-url";
import { StatusBadge } from "@/components/ui/status-badge";
import type { CustomerListRow } from "@/lib/data/customer-list";

const helper = createColumnHelper<DataTableFeatures, CustomerListRow>();

type Translate = ReturnType<typeof useTranslations<"customers">>;

function DispatchText({ row, t }: { row: CustomerListRow; t: Translate }) {
  const wantsEmail = row.noteDispatch !== "paper";
  return (
    <div>
      <div>{t(`dispatch.${row.noteDispatch}`)}</div>
      {wantsEmail ? (
        <div className="text-xs break-all text-stone-600">
          {row.noteEmails.length > 0 ? row.noteEmails.join(", ") : t("list.noEmailAddress")}
        </div>
      ) : null}
    </div>
  );
}

function Badges({ row, t }: { row: CustomerListRow; t: Translate }) {
  return (
    <div className="flex flex-wrap gap-1">
      {row.blocked ? <StatusBadge tone="danger">{t("badges.blocked")}</StatusBadge> : null}
      {row.archived ? <StatusBadge tone="neutral">{t("badges.archived")}</StatusBadge> : null}
    </div>
  );
}

/** The customer list: a sortable table on wide screens, cards on phones. */
export function CustomerTable({ slug, rows, params }: { slug: string; rows: CustomerListRow[]; params: ListParams }) {
  const t = useTranslations("customers");

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor("number", { header: t("list.columns.number") }),
        helper.accessor("name", {
          header: t("list.columns.name"),
          cell: (context) => (
            <Link
              className="font-medium text-crust-700 underline"
              href={`/${slug}/customers/${context.row.original.id}`}
            >
              {context.getValue()}
            </Link>
          ),
        }),
        helper.accessor("city", { header: t("list.columns.city") }),
        helper.accessor("route", { header: t("list.columns.route") }),
        helper.accessor("email", { header: t("list.columns.email") }),
        helper.display({
          id: "dispatch",
          header: t("list.columns.dispatch"),
          enableSorting: false,
          cell: (context) => <DispatchText row={context.row.original} t={t} />,
        }),
        helper.display({
          id: "status",
          header: t("list.columns.status"),
          enableSorting: false,
          cell: (context) => <Badges row={context.row.original} t={t} />,
        }),
      ]),
    [slug, t],
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
            <Link className="font-semibold text-crust-700 underline" href={`/${slug}/customers/${row.id}`}>
              {row.number} · {row.name}
            </Link>
            <Badges row={row} t={t} />
          </div>
          {row.city || row.route ? (
            <div className="text-stone-700">
              {[row.city, row.route && `${t("list.columns.route")} ${row.route}`].filter(Boolean).join(" · ")}
            </div>
          ) : null}
          {row.phone ? <div className="text-stone-700">{row.phone}</div> : null}
          <DispatchText row={row} t={t} />
        </div>
      )}
    />
  );
}
