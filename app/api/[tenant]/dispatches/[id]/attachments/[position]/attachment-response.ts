import "server-only";
import { z } from "zod";
import type { Db } from "@/db";
import { getDispatchAttachment } from "@/lib/data/dispatches";
import { contentDisposition } from "@/lib/http/content-disposition";
import { logger } from "@/lib/logger";
import { hasPermission } from "@/lib/tenancy/permissions";
import { resolveTenantContext } from "@/lib/tenancy/resolve";
import { withTenantScope } from "@/lib/tenancy/scope";

/** Attachment positions are small non-negative integers; longer digit strings cannot be stored positions. */
const positionPattern = /^\d{1,6}$/;

export type AttachmentRequest = {
  userId: string | null;
  slug: string;
  dispatchId: string;
  /** The path segment, not yet parsed. */
  position: string;
};

/**
 * Build the response to a download of an archived PDF from the send log: 401
 * without a session, and 404 alike for non-members, members without
 * "dispatches.read", other bakeries' dispatches, unknown ids and purged
 * archives. It takes the user id instead of reading the session, so tests can
 * call it directly.
 */
export async function dispatchAttachmentResponse(db: Db, request: AttachmentRequest): Promise<Response> {
  const { userId, slug, dispatchId } = request;
  if (!userId) return new Response(null, { status: 401 });

  const context = await resolveTenantContext(db, userId, slug);
  if (!context || !hasPermission(context.role, "dispatches.read")) return notFound();
  if (!z.uuid().safeParse(dispatchId).success || !positionPattern.test(request.position)) return notFound();
  const position = Number(request.position);

  try {
    const attachment = await withTenantScope(db, context.tenant.id, (scoped) =>
      getDispatchAttachment(scoped, context.tenant.id, dispatchId, position),
    );
    if (!attachment) return notFound();
    return new Response(new Uint8Array(attachment.content), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": contentDisposition("attachment", attachment.fileName),
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    logger.error({ err: error, tenantId: context.tenant.id, dispatchId, position }, "reading an archived PDF failed");
    return new Response(null, { status: 500 });
  }
}

function notFound(): Response {
  return new Response(null, { status: 404 });
}
