import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { currentUserId } from "@/lib/auth/session";
import { loadDocumentPdf } from "@/lib/pdf/documents";
import { logger } from "@/lib/logger";
import { hasPermission, resolveTenantContext } from "@/lib/tenancy";
import { withTenantScope } from "@/lib/tenancy/scope";

export const dynamic = "force-dynamic";

/**
 * A print job's PDF (all its notes) or one delivery note's PDF. Answers 404
 * alike for unknown ids, other bakeries' ids and non-members.
 */
export async function GET(request: Request, { params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant: slug, id } = await params;
  const userId = await currentUserId();
  if (!userId) return new NextResponse(null, { status: 401 });

  const db = await getDb();
  const context = await resolveTenantContext(db, userId, slug);
  if (!context || !hasPermission(context.role, "orders.read")) return new NextResponse(null, { status: 404 });

  try {
    const pdf = await withTenantScope(db, context.tenant.id, (scoped) => loadDocumentPdf(scoped, context.tenant, id));
    if (!pdf) return new NextResponse(null, { status: 404 });
    const disposition = new URL(request.url).searchParams.get("download") === "1" ? "attachment" : "inline";
    return new NextResponse(new Uint8Array(pdf.content), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `${disposition}; filename="${pdf.fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    logger.error({ err: error, tenantId: context.tenant.id, documentId: id }, "rendering a PDF failed");
    return new NextResponse(null, { status: 500 });
  }
}
