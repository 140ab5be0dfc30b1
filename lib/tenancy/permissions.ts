import type { MembershipRole } from "./types";

/** Everything a member can be allowed to do inside a bakery. */
export type Permission =
  | "orders.read"
  | "orders.write"
  | "notes.print"
  | "notes.send"
  | "dispatches.read"
  | "customers.read"
  | "customers.write"
  | "products.read"
  | "products.write"
  | "settings.mail"
  | "settings.templates"
  | "settings.bakery";

const readPermissions: Permission[] = ["orders.read", "dispatches.read", "customers.read", "products.read"];
const staffPermissions: Permission[] = [
  ...readPermissions,
  "orders.write",
  "notes.print",
  "notes.send",
  "customers.write",
  "products.write",
];

/** Role → permissions. Owners may do everything, including the mail settings. */
export const rolePermissions: Record<MembershipRole, ReadonlySet<Permission>> = {
  owner: new Set<Permission>([...staffPermissions, "settings.mail", "settings.templates", "settings.bakery"]),
  staff: new Set<Permission>(staffPermissions),
  read_only: new Set<Permission>(readPermissions),
};

export function hasPermission(role: MembershipRole, permission: Permission): boolean {
  return rolePermissions[role].has(permission);
}
