import { listCustomersForExport } from "@/lib/data/customers-bulk";
import { customersToCsv } from "@/lib/csv/export";
import { csvExportResponse, searchParamsObject } from "@/lib/csv/export-response";
import { customerListQuerySchema } from "@/lib/validation/customer";

export const dynamic = "force-dynamic";

/** The bakery's customers as CSV, filtered like the list (search, dispatch, route, branch, blocked, archived). */
export async function GET(request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const filters = customerListQuerySchema.parse(searchParamsObject(request));
  return csvExportResponse(slug, "customers.read", "customers", async (db, context, vocabulary) =>
    customersToCsv(await listCustomersForExport(db, context.tenant.id, filters), vocabulary),
  );
}
