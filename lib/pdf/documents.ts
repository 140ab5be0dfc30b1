import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { deliveryNotes, printJobs } from "@/db/schema";
import { loadNoteDocuments } from "@/lib/data/delivery-notes";
import type { Tenant } from "@/lib/tenancy/types";
import { deliveryNoteFileName, renderDeliveryNotesPdf } from "./render";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type RenderedDocument = { fileName: string; content: Buffer };

/**
 * The PDF of a print job (every note of the job, in print order) or of one
 * delivery note, both looked up within the tenant. Null when neither exists.
 */
export async function loadDocumentPdf(db: Db, tenant: Tenant, id: string): Promise<RenderedDocument | null> {
  if (!uuidPattern.test(id)) return null;

  const [job] = await db
    .select({ noteIds: printJobs.noteIds, createdAt: printJobs.createdAt })
    .from(printJobs)
    .where(and(eq(printJobs.tenantId, tenant.id), eq(printJobs.id, id)));
  if (job) {
    const documents = await loadNoteDocuments(db, tenant, job.noteIds);
    if (documents.length === 0) return null;
    const numbers = documents.map((document) => document.noteNumber);
    const fileName =
      documents.length === 1
        ? deliveryNoteFileName(documents[0]!)
        : `Leverbonnen-${Math.min(...numbers)}-${Math.max(...numbers)}.pdf`;
    return { fileName, content: await renderDeliveryNotesPdf(documents) };
  }

  const [note] = await db
    .select({ id: deliveryNotes.id })
    .from(deliveryNotes)
    .where(and(eq(deliveryNotes.tenantId, tenant.id), eq(deliveryNotes.id, id)));
  if (!note) return null;
  const [document] = await loadNoteDocuments(db, tenant, [note.id]);
  if (!document) return null;
  return { fileName: deliveryNoteFileName(document), content: await renderDeliveryNotesPdf([document]) };
}
