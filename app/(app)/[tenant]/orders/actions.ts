"use server";

import { tenantAction } from "@/lib/actions";
import { handlePrintRequest } from "@/lib/dispatch/print-batch";
import { printRequestSchema } from "@/lib/validation/print";

/** Print dialog submission: issues the notes, returns the print job and the queued messages. */
export const submitPrintAction = tenantAction("notes.print", printRequestSchema, handlePrintRequest);
