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

/**
 * Show the customer's addresses: the general one, and the note addresses
 * that differ from it, so that a customer with note addresses only shows those.
 */
function EmailText({ row, t }: { row: CustomerListRow; t: Translate }) {
  const noteEmails = row.noteEmails.filter((address) => address.toLowerCase() !== row.email.toLowerCase());
  if (!row.email && noteEmails.length === 0) return <span className="text-stone-600">{t("list.noEmailAddress")}</span>;
  return (
    <div className="break-all">
      {row.email ? <div>{row.email}</div> : null}
      {noteEmails.length > 0 ? (
        <div className={row.email ? "text-xs text-stone-600" : undefined}>
          {t("list.noteEmails", { addresses: noteEmails.join(", ") })}
        </div>
      ) : null}
    </div>
  );
}

/** Show how the notes go out, with a warning when email dispatch has no address to send to. */
function DispatchText({ row, t }: { row: CustomerListRow; t: Translate }) {
  const missingAddress = row.noteDispatch !== "paper" && row.noteEmails.length === 0;
  return (
    <div>
      <div>{t(`dispatch.${row.noteDispatch}`)}</div>
      {missingAddress ? <div className="text-xs text-red-800">{t("list.noNoteEmailAddress")}</div> : null}
    </div>
  );
}

/** Show the customer's status: blocked, archived, or active when neither. */
function Badges({ row, t }: { row: CustomerListRow; t: Translate }) {
  return (
    <div className="flex flex-wrap gap-1">
      {row.blocked ? <StatusBadge tone="danger">{t("badges.blocked")}</StatusBadge> : null}
      {row.archived ? <StatusBadge tone="neutral">{t("badges.archived")}</StatusBadge> : null}
      {!row.blocked && !row.archived ? <StatusBadge tone="success">{t("badges.active")}</StatusBadge> : null}
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
        helper.accessor("email", {
          header: t("list.columns.email"),
          cell: (context) => <EmailText row={context.row.original} t={t} />,
        }),
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
          <EmailText row={row} t={t} />
          <DispatchText row={row} t={t} />
        </div>
      )}
    />
  );
}
