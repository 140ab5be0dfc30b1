import { Text, View } from "@react-pdf/renderer";
import type { DeliveryNoteLabels } from "@/lib/pdf/labels";
import type { DeliveryNoteDocument } from "@/lib/pdf/types";
import { styles } from "./styles";

type Props = { bakery: DeliveryNoteDocument["bakery"]; labels: DeliveryNoteLabels };

/** Renders the bakery's trade name and address on the left, its contact and registration numbers on the right. */
export function BakeryHeader({ bakery, labels }: Props) {
  const contactLines = [
    { label: labels.phone, value: bakery.phone },
    { label: labels.email, value: bakery.email },
    { label: labels.chamberOfCommerceNumber, value: bakery.chamberOfCommerceNumber },
    { label: labels.vatNumber, value: bakery.vatNumber },
  ].filter((line) => line.value !== "");

  return (
    <View style={styles.header}>
      <View>
        <Text style={styles.tradeName}>{bakery.tradeName}</Text>
        <View style={styles.headerAddress}>
          <Text>{bakery.address}</Text>
          <Text>{joinPostalCodeAndCity(bakery.postalCode, bakery.city)}</Text>
        </View>
      </View>
      <View style={styles.headerContact}>
        <View style={styles.headerContactLabels}>
          {contactLines.map((line) => (
            <Text key={line.label}>{line.label}</Text>
          ))}
        </View>
        <View>
          {contactLines.map((line) => (
            <Text key={line.label}>{line.value}</Text>
          ))}
        </View>
      </View>
    </View>
  );
}

/** "1234 AB  Utrecht": Dutch addresses put two spaces between postal code and city. */
export function joinPostalCodeAndCity(postalCode: string, city: string): string {
  return [postalCode, city].filter((part) => part !== "").join("  ");
}
