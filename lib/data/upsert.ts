import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";

/**
 * The SET clause of an INSERT … ON CONFLICT DO UPDATE that takes each named
 * property's column from the row that was proposed for insertion (EXCLUDED).
 */
export function excludedColumns(table: PgTable, properties: string[]): Record<string, SQL> {
  const columns = getTableColumns(table);
  const set: Record<string, SQL> = {};
  for (const property of properties) {
    const column = columns[property];
    if (!column) throw new Error(`Table has no column for property ${property}`);
    set[property] = sql.raw(`excluded."${column.name}"`);
  }
  return set;
}
