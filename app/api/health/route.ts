import { sql } from "drizzle-orm";
import { NextResponse } from "next/server";
import { getDb } from "@/db";
import { logger } from "@/lib/logger";

export const dynamic = "force-dynamic";

/** 200 with {"status":"ok","database":"ok"}; 503 naming the failing part when the database is down. */
export async function GET() {
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return NextResponse.json({ status: "ok", database: "ok" });
  } catch (error) {
    logger.error({ err: error }, "health check: database unavailable");
    return NextResponse.json({ status: "error", database: "unavailable" }, { status: 503 });
  }
}
