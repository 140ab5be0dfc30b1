"use client";

import {
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
  type SortingState,
} from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { usePathname, useRouter } from "next/navigation";
import { useTransition, type ReactNode } from "react";
import { listHref, type ListParams } from "./list-url";

export const dataTableFeatures = tableFeatures({ rowSortingFeature });

const ariaSortValues = { asc: "ascending", desc: "descending" } as const;
export type DataTableFeatures = typeof dataTableFeatures;

/**
 * Render one page of server-sorted, server-paginated rows. The URL owns the
 * sort order, so clicking a sortable header navigates to the same list with
 * `sort` and `dir` changed and `page` reset, and the Server Component reads
 * them. On small screens the rows render as cards (`renderCard`).
 */
export function DataTable<Row extends RowData>({
  columns,
  rows,
  getRowId,
  params,
  caption,
  sortLabel,
  renderCard,
}: {
  columns: ColumnDef<DataTableFeatures, Row>[];
  rows: Row[];
  getRowId: (row: Row) => string;
  /** The list's current search parameters, including sort and dir. */
  params: ListParams;
  caption: string;
  /** Accessible name of a sort button, e.g. "Sort by Name". */
  sortLabel: (column: string) => string;
  renderCard: (row: Row) => ReactNode;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const sorting: SortingState = params.sort ? [{ id: params.sort, desc: params.dir === "desc" }] : [];

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: rows,
    getRowId,
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    state: { sorting },
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      const [first] = next;
      const href = listHref(pathname, params, {
        sort: first?.id,
        dir: first?.desc ? "desc" : "asc",
        page: undefined,
      });
      startTransition(() => router.push(href));
    },
  });

  return (
    <div aria-busy={pending || undefined}>
      <div className="hidden overflow-x-auto rounded-lg border border-stone-200 bg-white md:block">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-stone-100 text-left text-stone-700">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const ariaSort = sorted ? ariaSortValues[sorted] : undefined;
                  const title =
                    typeof header.column.columnDef.header === "string" ? header.column.columnDef.header : header.id;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={ariaSort}
                      className="px-3 py-2 font-medium whitespace-nowrap"
                    >
                      {header.isPlaceholder ? null : header.column.getCanSort() ? (
                        <button
                          type="button"
                          className="inline-flex items-center gap-1 hover:text-crust-700"
                          aria-label={sortLabel(title)}
                          onClick={header.column.getToggleSortingHandler()}
                        >
                          <table.FlexRender header={header} />
                          <SortIcon sorted={sorted} />
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-stone-200">
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className="hover:bg-stone-50">
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

      <ul className="space-y-2 md:hidden" aria-label={caption}>
        {table.getRowModel().rows.map((row) => (
          <li key={row.id} className="rounded-lg border border-stone-200 bg-white p-3">
            {renderCard(row.original)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function SortIcon({ sorted }: { sorted: false | "asc" | "desc" }) {
  if (sorted === "asc") return <ArrowUp aria-hidden="true" className="size-3.5" />;
  if (sorted === "desc") return <ArrowDown aria-hidden="true" className="size-3.5" />;
  return <ArrowUpDown aria-hidden="true" className="size-3.5 text-stone-400" />;
}
