import { StyleSheet } from "@react-pdf/renderer";
import { pdfFontFamily } from "@/lib/pdf/register-fonts";

const textColor = "#1a1a1a";
const mutedColor = "#5c5c5c";
const ruleColor = "#b8b8b8";
const lightRuleColor = "#e2e2e2";
const shadeColor = "#f1f1f1";

/** Widths of the line table's columns in points; the description takes the rest of the row. */
export const columnWidths = {
  productNumber: 52,
  quantity: 48,
  unit: 58,
  unitPrice: 68,
  amount: 76,
};

export const styles = StyleSheet.create({
  page: {
    fontFamily: pdfFontFamily,
    fontSize: 9,
    color: textColor,
    paddingTop: 36,
    paddingHorizontal: 42,
    paddingBottom: 58,
  },

  header: {
    flexDirection: "row",
    justifyContent: "space-between",
    paddingBottom: 10,
    borderBottomWidth: 1,
    borderBottomColor: textColor,
  },
  tradeName: { fontSize: 16, fontWeight: "bold", marginBottom: 2 },
  // NOTE: react-pdf 4.9.0 resolves a unitless lineHeight against the font size of
  // the node that sets it, and draws nothing for a `render` Text (the page number)
  // that inherits one. So only these blocks, which set their own fontSize, set it.
  headerAddress: { fontSize: 9, lineHeight: 1.4 },
  headerContact: { flexDirection: "row", fontSize: 8.5, lineHeight: 1.4, marginTop: 2 },
  headerContactLabels: { color: mutedColor, textAlign: "right", marginRight: 8 },

  title: { fontSize: 18, fontWeight: "bold", marginTop: 18, marginBottom: 12 },

  details: { flexDirection: "row", justifyContent: "space-between", marginBottom: 14 },
  addresses: { flexDirection: "row", flexGrow: 1, marginRight: 16 },
  addressBlock: { width: 170, marginRight: 16, fontSize: 9, lineHeight: 1.4 },
  blockLabel: {
    fontSize: 7.5,
    fontWeight: "bold",
    color: mutedColor,
    textTransform: "uppercase",
    letterSpacing: 0.4,
    marginBottom: 1,
  },
  bold: { fontWeight: "bold" },
  muted: { color: mutedColor },

  facts: { width: 210 },
  factRow: { flexDirection: "row", paddingVertical: 1.5 },
  factLabel: { width: 98, color: mutedColor },
  factValue: { flex: 1, fontWeight: "bold" },

  remark: {
    borderWidth: 0.75,
    borderColor: ruleColor,
    backgroundColor: shadeColor,
    padding: 6,
    marginBottom: 14,
    fontSize: 9,
    lineHeight: 1.4,
  },

  tableHeader: {
    flexDirection: "row",
    backgroundColor: shadeColor,
    borderTopWidth: 0.75,
    borderTopColor: ruleColor,
    borderBottomWidth: 0.75,
    borderBottomColor: textColor,
    fontWeight: "bold",
  },
  tableRow: {
    flexDirection: "row",
    borderBottomWidth: 0.5,
    borderBottomColor: lightRuleColor,
  },
  cell: { paddingVertical: 3.5, paddingHorizontal: 4 },
  cellNumber: { textAlign: "right" },
  descriptionCell: { flex: 1 },
  slicedNote: { color: mutedColor },

  totals: { alignSelf: "flex-end", width: 260, marginTop: 12 },
  vatTable: { marginBottom: 6 },
  vatHeader: {
    flexDirection: "row",
    color: mutedColor,
    fontSize: 8,
    borderBottomWidth: 0.5,
    borderBottomColor: ruleColor,
    paddingBottom: 2,
  },
  vatRow: { flexDirection: "row", paddingVertical: 1.5 },
  vatRateCell: { flex: 1 },
  vatAmountCell: { width: 80, textAlign: "right" },
  totalRow: { flexDirection: "row", paddingVertical: 1.5 },
  totalLabel: { flex: 1 },
  totalValue: { width: 100, textAlign: "right" },
  grandTotalRow: {
    flexDirection: "row",
    borderTopWidth: 1,
    borderTopColor: textColor,
    marginTop: 3,
    paddingTop: 4,
    fontWeight: "bold",
    fontSize: 10,
  },
  amountToPay: {
    flexDirection: "row",
    marginTop: 8,
    padding: 6,
    borderWidth: 1.25,
    borderColor: textColor,
    fontWeight: "bold",
    fontSize: 12,
  },

  footer: {
    position: "absolute",
    bottom: 26,
    left: 42,
    right: 42,
    flexDirection: "row",
    justifyContent: "space-between",
    borderTopWidth: 0.5,
    borderTopColor: ruleColor,
    paddingTop: 5,
    fontSize: 8,
    color: mutedColor,
  },
});
