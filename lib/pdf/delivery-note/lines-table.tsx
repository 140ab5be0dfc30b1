import { Text, View } from "@react-pdf/renderer";
import { formatEuros } from "@/lib/money";
import type { DeliveryNoteLabels } from "@/lib/pdf/labels";
import type { DeliveryNoteDocument } from "@/lib/pdf/types";
import { columnWidths, styles } from "./styles";

type Props = { note: DeliveryNoteDocument; labels: DeliveryNoteLabels };

/**
 * Renders the order lines. The header row is `fixed`, so react-pdf repeats it at the top
 * of every page the table continues on. Rows never split across pages.
 */
export function LinesTable({ note, labels }: Props) {
  const showPrices = !note.hidePrices;
  const quantityFormat = new Intl.NumberFormat(labels.numberLocale);

  return (
    <View>
      <View style={styles.tableHeader} fixed>
        <Text style={[styles.cell, { width: columnWidths.productNumber }]}>{labels.productNumber}</Text>
        <Text style={[styles.cell, styles.descriptionCell]}>{labels.description}</Text>
        <Text style={[styles.cell, styles.cellNumber, { width: columnWidths.quantity }]}>{labels.quantity}</Text>
        <Text style={[styles.cell, { width: columnWidths.unit }]}>{labels.unit}</Text>
        {showPrices && (
          <Text style={[styles.cell, styles.cellNumber, { width: columnWidths.unitPrice }]}>{labels.unitPrice}</Text>
        )}
        {showPrices && (
          <Text style={[styles.cell, styles.cellNumber, { width: columnWidths.amount }]}>{labels.amount}</Text>
        )}
      </View>

      {note.lines.map((line, index) => {
        const amountCents = note.totals.lineAmountsCents[index];
        return (
          <View key={index} style={styles.tableRow} wrap={false}>
            <Text style={[styles.cell, { width: columnWidths.productNumber }]}>{line.productNumber}</Text>
            <Text style={[styles.cell, styles.descriptionCell]}>
              {line.description}
              {line.sliced && <Text style={styles.slicedNote}> ({labels.sliced})</Text>}
            </Text>
            <Text style={[styles.cell, styles.cellNumber, { width: columnWidths.quantity }]}>
              {quantityFormat.format(line.quantity)}
            </Text>
            <Text style={[styles.cell, { width: columnWidths.unit }]}>{line.unit}</Text>
            {showPrices && (
              <Text style={[styles.cell, styles.cellNumber, { width: columnWidths.unitPrice }]}>
                {formatEuros(line.unitPriceCents, labels.numberLocale)}
              </Text>
            )}
            {showPrices && (
              <Text style={[styles.cell, styles.cellNumber, { width: columnWidths.amount }]}>
                {amountCents === undefined ? "" : formatEuros(amountCents, labels.numberLocale)}
              </Text>
            )}
          </View>
        );
      })}
    </View>
  );
}
