"use client";

import { useTable } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { SelectionCheckbox } from "@/components/data-table/selection-checkbox";
import { Button } from "@/components/ui/button";
import type { OrderGridRow } from "@/lib/data/orders";
import { formatDutchDate, type IsoDate } from "@/lib/dates";
import { OrderCard } from "./order-card";
import { orderColumns, orderTableFeatures } from "./order-columns";
import { PrintDialog } from "./print-dialog";

/**
 * Show the orders of one delivery date with multi-select (checkboxes,
 * Shift-click ranges, select all) and the Print action. Phones get one card
 * per order instead of the table.
 */
export function OrderGrid({
  slug,
  rows,
  deliveryDate,
  canPrint,
  canSend,
  maxOrdersPerPrint,
}: {
  slug: string;
  rows: OrderGridRow[];
  deliveryDate: IsoDate;
  canPrint: boolean;
  canSend: boolean;
  maxOrdersPerPrint: number;
}) {
  const t = useTranslations("orders");
  const columns = useMemo(() => orderColumns(t, slug, canPrint), [t, slug, canPrint]);
  const [dialogOpen, setDialogOpen] = useState(false);
  // A new key per opening gives the dialog fresh state each time.
  const [dialogKey, setDialogKey] = useState(0);

  const table = useTable({
    features: orderTableFeatures,
    columns,
    data: rows,
    getRowId: (row) => row.id,
    enableRowSelection: canPrint,
  });

  if (rows.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center text-stone-700">
        {t("grid.empty", { date: formatDutchDate(deliveryDate) })}
      </p>
    );
  }

  const selectedIds = table.getSelectedRowIds();
  const tooMany = selectedIds.length > maxOrdersPerPrint;

  return (
    <div className="space-y-3">
      {canPrint ? (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <Button
            onClick={() => {
              setDialogKey((key) => key + 1);
              setDialogOpen(true);
            }}
            disabled={selectedIds.length === 0 || tooMany}
          >
            {t("grid.print", { count: selectedIds.length })}
          </Button>
          <p className="text-sm text-stone-700" role="status">
            {t("grid.selection", { selected: selectedIds.length, total: rows.length })}{" "}
            <span className="hidden md:inline">{t("grid.rangeHint")}</span>
          </p>
          {tooMany ? (
            <p className="text-sm text-red-700" role="alert">
              {t("grid.tooMany", { max: maxOrdersPerPrint })}
            </p>
          ) : null}
          <label className="flex items-center gap-2 text-sm md:hidden">
            <SelectionCheckbox
              aria-label={t("grid.selectAll")}
              checked={table.getIsAllRowsSelected()}
              indeterminate={table.getIsSomeRowsSelected()}
              onChange={table.getToggleAllRowsSelectedHandler()}
            />
            <span aria-hidden="true">{t("grid.selectAll")}</span>
          </label>
        </div>
      ) : null}

      <div className="hidden overflow-x-auto rounded-lg border border-stone-200 bg-white md:block">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{t("grid.caption", { date: formatDutchDate(deliveryDate) })}</caption>
          <thead className="bg-stone-100 text-left text-stone-700">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <th key={header.id} scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
                    {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-stone-200">
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className={row.getIsSelected() ? "bg-crust-50" : undefined}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className="px-3 py-2 align-top">
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul className="space-y-2 md:hidden" aria-label={t("grid.caption", { date: formatDutchDate(deliveryDate) })}>
        {table.getRowModel().rows.map((row) => (
          <li key={row.id}>
            <OrderCard
              slug={slug}
              order={row.original}
              selectable={canPrint}
              selected={row.getIsSelected()}
              onToggle={row.getToggleSelectedHandler()}
            />
          </li>
        ))}
      </ul>

      {canPrint ? (
        <PrintDialog
          key={dialogKey}
          open={dialogOpen}
          onOpenChange={setDialogOpen}
          slug={slug}
          orderIds={selectedIds}
          canSend={canSend}
          maxOrdersPerPrint={maxOrdersPerPrint}
          onDone={() => table.resetRowSelection(true)}
        />
      ) : null}
    </div>
  );
}
