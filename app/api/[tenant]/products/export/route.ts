import { listProductsForExport } from "@/lib/data/products-bulk";
import { productsToCsv } from "@/lib/csv/export";
import { csvExportResponse, searchParamsObject } from "@/lib/csv/export-response";
import { productListQuerySchema } from "@/lib/validation/product";

export const dynamic = "force-dynamic";

/** The bakery's products as CSV, filtered like the list (search, group, status). */
export async function GET(request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const filters = productListQuerySchema.parse(searchParamsObject(request));
  return csvExportResponse(slug, "products.read", "products", async (db, context, vocabulary) =>
    productsToCsv(await listProductsForExport(db, context.tenant.id, filters), vocabulary),
  );
}
