import { Text, View } from "@react-pdf/renderer";
import { formatEuros } from "@/lib/money";
import type { DeliveryNoteLabels } from "@/lib/pdf/labels";
import type { DeliveryNoteDocument } from "@/lib/pdf/types";
import { styles } from "./styles";

type Props = { note: DeliveryNoteDocument; labels: DeliveryNoteLabels };

/** Renders the VAT breakdown per rate, subtotal, VAT and total. A cash note adds the amount to pay. */
export function NoteTotals({ note, labels }: Props) {
  const { totals } = note;
  const euros = (cents: number) => formatEuros(cents, labels.numberLocale);

  return (
    <View style={styles.totals} wrap={false}>
      <View style={styles.vatTable}>
        <View style={styles.vatHeader}>
          <Text style={styles.vatRateCell}>{labels.vatRate}</Text>
          <Text style={styles.vatAmountCell}>{labels.vatBase}</Text>
          <Text style={styles.vatAmountCell}>{labels.vatAmount}</Text>
        </View>
        {totals.vat.map((row) => (
          <View key={row.vatRate} style={styles.vatRow}>
            <Text style={styles.vatRateCell}>{row.vatRate}%</Text>
            <Text style={styles.vatAmountCell}>{euros(row.baseCents)}</Text>
            <Text style={styles.vatAmountCell}>{euros(row.vatCents)}</Text>
          </View>
        ))}
      </View>

      <View style={styles.totalRow}>
        <Text style={styles.totalLabel}>{labels.subtotal}</Text>
        <Text style={styles.totalValue}>{euros(totals.subtotalCents)}</Text>
      </View>
      <View style={styles.totalRow}>
        <Text style={styles.totalLabel}>{labels.vatTotal}</Text>
        <Text style={styles.totalValue}>{euros(totals.vatCents)}</Text>
      </View>
      <View style={styles.grandTotalRow}>
        <Text style={styles.totalLabel}>{labels.total}</Text>
        <Text style={styles.totalValue}>{euros(totals.totalCents)}</Text>
      </View>

      {note.kind === "cash" && (
        <View style={styles.amountToPay}>
          <Text style={styles.totalLabel}>{labels.amountToPay}</Text>
          <Text style={styles.totalValue}>{euros(totals.totalCents)}</Text>
        </View>
      )}
    </View>
  );
}
