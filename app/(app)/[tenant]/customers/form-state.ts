import type { CustomerContactRecord, CustomerDetails, DeliveryAddressRecord } from "@/lib/data/customers";
import type { CustomerFormInput } from "@/lib/validation/customer";
import {
  customerRecordToValues,
  emptyCustomerValues,
  type CustomerFieldValues,
} from "@/lib/validation/customer-values";

/** A contact person row of the form; `key` identifies the row in React, `id` the stored row. */
export type ContactRow = { key: string; id: string; name: string; role: string; phone: string; email: string };

/** A delivery address row of the form. */
export type AddressRow = {
  key: string;
  id: string;
  name: string;
  address: string;
  postalCode: string;
  city: string;
  isDefault: boolean;
};

export type CustomerFormState = {
  values: CustomerFieldValues;
  contacts: ContactRow[];
  addresses: AddressRow[];
};

export function newCustomerFormState(suggestedNumber: number): CustomerFormState {
  return { values: emptyCustomerValues(suggestedNumber), contacts: [], addresses: [] };
}

function contactRow(contact: CustomerContactRecord): ContactRow {
  return {
    key: contact.id,
    id: contact.id,
    name: contact.name,
    role: contact.role,
    phone: contact.phone,
    email: contact.email,
  };
}

function addressRow(address: DeliveryAddressRecord): AddressRow {
  return {
    key: address.id,
    id: address.id,
    name: address.name,
    address: address.address,
    postalCode: address.postalCode,
    city: address.city,
    isDefault: address.isDefault,
  };
}

export function customerFormState(customer: CustomerDetails): CustomerFormState {
  return {
    values: customerRecordToValues(customer),
    contacts: customer.contacts.map(contactRow),
    addresses: customer.deliveryAddresses.map(addressRow),
  };
}

/** The action input for the form's state. Row keys stay in the browser. */
export function customerFormInput(state: CustomerFormState): CustomerFormInput {
  return {
    ...state.values,
    contacts: state.contacts.map((contact) => ({
      id: contact.id,
      name: contact.name,
      role: contact.role,
      phone: contact.phone,
      email: contact.email,
    })),
    deliveryAddresses: state.addresses.map((address) => ({
      id: address.id,
      name: address.name,
      address: address.address,
      postalCode: address.postalCode,
      city: address.city,
      isDefault: address.isDefault,
    })),
  };
}
