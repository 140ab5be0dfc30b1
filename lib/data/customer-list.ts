import "server-only";
import { and, asc, count, eq, ilike, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "@/db";
import { customers } from "@/db/schema";
import type { CustomerListQuery, CustomerSortColumn, NoteDispatchKind } from "@/lib/validation/customer";
import { containsPattern, pageOffset, type ListPage } from "./list-helpers";

export type CustomerListRow = {
  id: string;
  number: number;
  name: string;
  city: string;
  phone: string;
  email: string;
  route: string;
  branch: string;
  noteDispatch: NoteDispatchKind;
  noteEmails: string[];
  blocked: boolean;
  archived: boolean;
};

/** The filters of the customer list, also used by the CSV export. */
export type CustomerFilters = Pick<CustomerListQuery, "q" | "dispatch" | "route" | "branch" | "blocked" | "archived">;

const sortExpressions: Record<CustomerSortColumn, SQL | AnyPgColumn> = {
  number: customers.number,
  name: sql`lower(${customers.name})`,
  city: sql`lower(${customers.city})`,
  route: sql`lower(${customers.route})`,
  // The list shows the note addresses of a customer without a general address, so it sorts by them too.
  // Customers with neither sort last in both directions.
  email: sql`lower(coalesce(nullif(${customers.email}, ''), ${customers.noteEmails}[1]))`,
};

/**
 * The WHERE clause for a tenant's customers matching the filters. The search
 * text matches the number exactly, and name, email (also the note addresses)
 * and city as a substring, ignoring case.
 */
export function customerFilterCondition(tenantId: string, filters: CustomerFilters): SQL {
  const conditions: (SQL | undefined)[] = [eq(customers.tenantId, tenantId)];

  const search = filters.q.trim();
  if (search !== "") {
    const pattern = containsPattern(search);
    conditions.push(
      or(
        /^\d{1,9}$/.test(search) ? eq(customers.number, Number(search)) : undefined,
        ilike(customers.name, pattern),
        ilike(customers.email, pattern),
        sql`array_to_string(${customers.noteEmails}, ' ') ilike ${pattern}`,
        ilike(customers.city, pattern),
      ),
    );
  }

  if (filters.dispatch) conditions.push(eq(customers.noteDispatch, filters.dispatch));
  if (filters.route !== undefined && filters.route !== "") conditions.push(eq(customers.route, filters.route));
  if (filters.branch !== undefined && filters.branch !== "") conditions.push(eq(customers.branch, filters.branch));
  if (filters.blocked) conditions.push(eq(customers.blocked, filters.blocked === "yes"));
  if (filters.archived === "active") conditions.push(isNull(customers.archivedAt));
  if (filters.archived === "archived") conditions.push(isNotNull(customers.archivedAt));

  return and(...conditions)!;
}

/** One page of a tenant's customers, sorted and filtered on the server, with the total count. */
export async function listCustomers(
  db: Db,
  tenantId: string,
  query: CustomerListQuery,
): Promise<ListPage<CustomerListRow>> {
  const where = customerFilterCondition(tenantId, query);
  const expression = sortExpressions[query.sort];
  const order = query.dir === "desc" ? sql`${expression} desc nulls last` : sql`${expression} asc nulls last`;

  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: customers.id,
        number: customers.number,
        name: customers.name,
        city: customers.city,
        phone: customers.phone,
        email: customers.email,
        route: customers.route,
        branch: customers.branch,
        noteDispatch: customers.noteDispatch,
        noteEmails: customers.noteEmails,
        blocked: customers.blocked,
        archived: sql<boolean>`${customers.archivedAt} is not null`,
      })
      .from(customers)
      .where(where)
      // The number breaks ties, so that pages do not overlap.
      .orderBy(order, asc(customers.number))
      .limit(query.size)
      .offset(pageOffset(query.page, query.size)),
    db.select({ value: count() }).from(customers).where(where),
  ]);

  const totalCount = total?.value ?? 0;
  return {
    rows,
    total: totalCount,
    page: query.page,
    pageSize: query.size,
    pageCount: Math.max(1, Math.ceil(totalCount / query.size)),
  };
}
