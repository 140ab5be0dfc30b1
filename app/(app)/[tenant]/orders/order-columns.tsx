"use client";

import { createColumnHelper, rowSelectionFeature, tableFeatures } from "@tanstack/react-table";
import type { useTranslations } from "next-intl";
import { SelectionCheckbox } from "@/components/data-table/selection-checkbox";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDutchDate } from "@/lib/dates";
import type { OrderGridRow } from "@/lib/data/orders";

export const orderTableFeatures = tableFeatures({ rowSelectionFeature });

const helper = createColumnHelper<typeof orderTableFeatures, OrderGridRow>();

type Translate = ReturnType<typeof useTranslations<"orders">>;

export const statusTones = {
  open: "info",
  quote: "neutral",
  delivered: "success",
  cancelled: "danger",
} as const;

/** The dispatch setting in words, with the receiving addresses (or their absence) on a second line. */
export function DispatchCell({ row, t }: { row: OrderGridRow; t: Translate }) {
  const wantsEmail = row.noteDispatch !== "paper";
  return (
    <div>
      <div>{t(`dispatch.${row.noteDispatch}`)}</div>
      {wantsEmail && row.noteEmails.length > 0 ? (
        <div className="text-xs break-all text-stone-600" title={row.noteEmails.join(", ")}>
          {row.noteEmails.join(", ")}
        </div>
      ) : null}
      {wantsEmail && row.noteEmails.length === 0 ? (
        <div className="text-xs font-medium text-amber-800">{t("grid.noEmailAddress")}</div>
      ) : null}
    </div>
  );
}

export function StatusCell({ row, t }: { row: OrderGridRow; t: Translate }) {
  return (
    <div className="flex flex-wrap gap-1">
      <StatusBadge tone={statusTones[row.status]}>{t(`status.${row.status}`)}</StatusBadge>
      {row.customerBlocked ? <StatusBadge tone="danger">{t("grid.blocked")}</StatusBadge> : null}
    </div>
  );
}

/**
 * Link the note number ("Bon 50003" when `labelled`) to the note's PDF, which
 * opens in a new tab. Before the order is first printed or sent, show "no note yet".
 */
export function NoteLink({
  row,
  slug,
  t,
  labelled = false,
}: {
  row: OrderGridRow;
  slug: string;
  t: Translate;
  labelled?: boolean;
}) {
  if (row.noteId === null || row.noteNumber === null) return <span className="text-stone-500">{t("grid.noNote")}</span>;
  return (
    <a
      href={`/api/${slug}/documents/${row.noteId}/pdf`}
      target="_blank"
      rel="noopener"
      aria-label={t("grid.notePdf", { number: row.noteNumber })}
      className="text-crust-700 underline hover:text-crust-800"
    >
      {labelled ? t("grid.note", { number: row.noteNumber }) : row.noteNumber}
    </a>
  );
}

/** Column definitions of the order grid; `selectable` adds the checkbox column. */
export function orderColumns(t: Translate, slug: string, selectable: boolean) {
  const dataColumns = [
    helper.accessor("number", { header: t("grid.columns.number") }),
    helper.accessor("deliveryDate", {
      header: t("grid.columns.deliveryDate"),
      cell: (context) => formatDutchDate(context.getValue()),
    }),
    helper.accessor("customerNumber", { header: t("grid.columns.customerNumber") }),
    helper.accessor("customerName", { header: t("grid.columns.customerName") }),
    helper.display({
      id: "dispatch",
      header: t("grid.columns.dispatch"),
      cell: (context) => <DispatchCell row={context.row.original} t={t} />,
    }),
    helper.accessor("noteNumber", {
      header: t("grid.columns.noteNumber"),
      cell: (context) => <NoteLink row={context.row.original} slug={slug} t={t} />,
    }),
    helper.display({
      id: "status",
      header: t("grid.columns.status"),
      cell: (context) => <StatusCell row={context.row.original} t={t} />,
    }),
  ];
  if (!selectable) return helper.columns(dataColumns);

  return helper.columns([
    helper.display({
      id: "select",
      header: (context) => (
        <SelectionCheckbox
          aria-label={t("grid.selectAll")}
          checked={context.table.getIsAllRowsSelected()}
          indeterminate={context.table.getIsSomeRowsSelected()}
          onChange={context.table.getToggleAllRowsSelectedHandler()}
          disabled={context.table.getRowModel().rows.length === 0}
        />
      ),
      cell: (context) => (
        <SelectionCheckbox
          aria-label={t("grid.selectOrder", { number: context.row.original.number })}
          checked={context.row.getIsSelected()}
          onChange={context.row.getToggleSelectedHandler()}
        />
      ),
    }),
    ...dataColumns,
  ]);
}
