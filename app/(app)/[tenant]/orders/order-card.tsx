"use client";

import { useTranslations } from "next-intl";
import type { ChangeEventHandler } from "react";
import { SelectionCheckbox } from "@/components/data-table/selection-checkbox";
import { cn } from "@/components/ui/cn";
import type { OrderGridRow } from "@/lib/data/orders";
import { formatDutchDate } from "@/lib/dates";
import { DispatchCell, NoteLink, StatusCell } from "./order-columns";

/** Show one order as a card on a phone. When selectable, the whole card labels the checkbox, so a tap anywhere selects it. */
export function OrderCard({
  slug,
  order,
  selectable,
  selected,
  onToggle,
}: {
  slug: string;
  order: OrderGridRow;
  selectable: boolean;
  selected: boolean;
  onToggle: ChangeEventHandler<HTMLInputElement>;
}) {
  const t = useTranslations("orders");
  const Container = selectable ? "label" : "div";

  return (
    <Container
      className={cn(
        "flex items-start gap-3 rounded-lg border bg-white p-3",
        selected ? "border-crust-600 bg-crust-50" : "border-stone-200",
        selectable && "cursor-pointer",
      )}
    >
      {selectable ? (
        <SelectionCheckbox
          className="mt-1 size-5"
          aria-label={t("grid.selectOrder", { number: order.number })}
          checked={selected}
          onChange={onToggle}
        />
      ) : null}
      <div className="min-w-0 flex-1 space-y-1 text-sm">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <span className="font-semibold">
            {t("grid.columns.number")} {order.number}
          </span>
          <StatusCell row={order} t={t} />
        </div>
        <div>
          {order.customerName}{" "}
          <span className="text-stone-600">({t("grid.customer", { number: order.customerNumber })})</span>
        </div>
        <DispatchCell row={order} t={t} />
        <div className="text-stone-600">
          {formatDutchDate(order.deliveryDate)} · <NoteLink row={order} slug={slug} t={t} labelled />
        </div>
      </div>
    </Container>
  );
}
