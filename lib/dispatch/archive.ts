import { sql } from "drizzle-orm";
import type { Db } from "@/db";

/**
 * Delete archived PDFs past each tenant's retention period, and all of them
 * for tenants that chose to delete PDFs after sending. Returns the number deleted.
 */
export async function purgeExpiredAttachments(db: Db): Promise<number> {
  const deleted = await db.execute<{ tenant_id: string }>(sql`
    delete from dispatch_attachments as attachment
    using mail_settings as settings
    where attachment.tenant_id = settings.tenant_id
      and (
        settings.pdf_archive = 'delete'
        or attachment.created_at < now() - make_interval(days => settings.pdf_retention_days)
      )
    returning attachment.tenant_id
  `);
  return rowCount(deleted);
}

/** Row count of an execute() result on either driver. */
function rowCount(result: unknown): number {
  if (Array.isArray(result)) return result.length;
  const rows = (result as { rows?: unknown[] }).rows;
  return rows ? rows.length : 0;
}
