export type MembershipRole = "owner" | "staff" | "read_only";

/** The bakery a request acts for, resolved from the URL and checked against the session. */
export type Tenant = {
  id: string;
  slug: string;
  tradeName: string;
  address: string;
  postalCode: string;
  city: string;
  phone: string;
  fax: string;
  email: string;
  chamberOfCommerceNumber: string;
  vatNumber: string;
  timeZone: string;
  locale: string;
};

export type TenantContext = {
  tenant: Tenant;
  userId: string;
  role: MembershipRole;
};
