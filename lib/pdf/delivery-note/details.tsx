import { Text, View } from "@react-pdf/renderer";
import { formatDutchDate } from "@/lib/dates";
import type { DeliveryNoteLabels } from "@/lib/pdf/labels";
import type { DeliveryNoteDocument } from "@/lib/pdf/types";
import { joinPostalCodeAndCity } from "./header";
import { styles } from "./styles";

type Props = { note: DeliveryNoteDocument; labels: DeliveryNoteLabels };

/**
 * Renders the customer and delivery address on the left, the note and order
 * numbers, delivery date and references on the right, and the remark below.
 */
export function NoteDetails({ note, labels }: Props) {
  const { customer, deliveryAddress } = note;
  const facts = [
    { label: labels.noteNumber, value: String(note.noteNumber) },
    { label: labels.orderNumber, value: String(note.orderNumber) },
    { label: labels.deliveryDate, value: formatDutchDate(note.deliveryDate) },
    { label: labels.customerNumber, value: String(customer.number) },
    { label: labels.customerReference, value: note.customerReference },
    { label: labels.orderReference, value: note.orderReference },
  ].filter((fact) => fact.value !== "");

  return (
    <View>
      <View style={styles.details}>
        <View style={styles.addresses}>
          <View style={styles.addressBlock}>
            <Text style={styles.blockLabel}>{labels.customer}</Text>
            <Text style={styles.bold}>{customer.name}</Text>
            {customer.contactPerson !== "" && (
              <Text>
                {labels.contactPerson} {customer.contactPerson}
              </Text>
            )}
            <Text>{customer.address}</Text>
            <Text>{joinPostalCodeAndCity(customer.postalCode, customer.city)}</Text>
          </View>
          {deliveryAddress && (
            <View style={styles.addressBlock}>
              <Text style={styles.blockLabel}>{labels.deliveryAddress}</Text>
              <Text style={styles.bold}>{deliveryAddress.name}</Text>
              <Text>{deliveryAddress.address}</Text>
              <Text>{joinPostalCodeAndCity(deliveryAddress.postalCode, deliveryAddress.city)}</Text>
            </View>
          )}
        </View>
        <View style={styles.facts}>
          {facts.map((fact) => (
            <View key={fact.label} style={styles.factRow}>
              <Text style={styles.factLabel}>{fact.label}</Text>
              <Text style={styles.factValue}>{fact.value}</Text>
            </View>
          ))}
        </View>
      </View>
      {note.remark !== "" && (
        <View style={styles.remark} wrap={false}>
          <Text style={styles.blockLabel}>{labels.remark}</Text>
          <Text>{note.remark}</Text>
        </View>
      )}
    </View>
  );
}
