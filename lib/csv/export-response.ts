import "server-only";
import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { getDb, type Db } from "@/db";
import { defaultLocale, isLocale, type Locale } from "@/i18n/messages";
import { currentUserId } from "@/lib/auth/session";
import { todayIn } from "@/lib/dates";
import { logger } from "@/lib/logger";
import { hasPermission, resolveTenantContext, type Permission, type TenantContext } from "@/lib/tenancy";
import { exportFileName } from "./export";
import { loadCsvVocabulary, type CsvVocabulary } from "./vocabulary";

/**
 * Answer a CSV download request of a route handler under /api/[tenant]/. It
 * checks the session (401 without one), the membership and the permission
 * (404 alike for non-members, unknown bakeries and a missing permission).
 * Then it returns the file that `build` writes in the user's language.
 */
export async function csvExportResponse(
  slug: string,
  permission: Permission,
  fileBase: keyof CsvVocabulary["fileNames"],
  build: (db: Db, context: TenantContext, vocabulary: CsvVocabulary) => Promise<string>,
): Promise<NextResponse> {
  const userId = await currentUserId();
  if (!userId) return new NextResponse(null, { status: 401 });

  const db = await getDb();
  const context = await resolveTenantContext(db, userId, slug);
  if (!context || !hasPermission(context.role, permission)) return new NextResponse(null, { status: 404 });

  const cookieLocale = (await cookies()).get("NEXT_LOCALE")?.value;
  const locale: Locale = cookieLocale && isLocale(cookieLocale) ? cookieLocale : defaultLocale;
  const vocabulary = await loadCsvVocabulary(locale);

  try {
    const csv = await build(db, context, vocabulary);
    const fileName = exportFileName(vocabulary.fileNames[fileBase], todayIn(context.tenant.timeZone));
    logger.info({ tenantId: context.tenant.id, userId, fileName }, "CSV exported");
    return new NextResponse(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    logger.error({ err: error, tenantId: context.tenant.id, userId }, "CSV export failed");
    return new NextResponse(null, { status: 500 });
  }
}

/** The first value of each search parameter. */
export function searchParamsObject(request: Request): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of new URL(request.url).searchParams) values[key] ??= value;
  return values;
}
