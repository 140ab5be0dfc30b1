import { getDb } from "@/db";
import { currentUserId } from "@/lib/auth/session";
import { dispatchAttachmentResponse } from "./attachment-response";

export const dynamic = "force-dynamic";

/** Send an archived PDF of a sent message, as a download from the send log. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ tenant: string; id: string; position: string }> },
) {
  const { tenant: slug, id: dispatchId, position } = await params;
  const userId = await currentUserId();
  if (!userId) return new Response(null, { status: 401 });
  return dispatchAttachmentResponse(await getDb(), { userId, slug, dispatchId, position });
}
