import { z } from "zod";
import { csvEncodings } from "@/lib/csv/decode";
import { maxImportMegabytes, type ImportRequest } from "@/lib/csv/import";

/** The import form's input: the file as a Blob (a File from the browser), the encoding, the mode and the column mapping. */
export const importInputSchema = z.object({
  file: z
    .instanceof(Blob, { error: "csv.import.noFile" })
    .refine((file) => file.size > 0, { error: "csv.file.empty" })
    .refine((file) => file.size <= maxImportMegabytes * 1024 * 1024, { error: "validation.fileTooLarge" }),
  encoding: z.enum(["auto", ...csvEncodings]).default("auto"),
  mode: z.enum(["create", "update"]).default("create"),
  mapping: z.array(z.string().max(50).nullable()).max(200).nullable().default(null),
});
export type ImportInput = z.output<typeof importInputSchema>;

export async function toImportRequest(input: ImportInput): Promise<ImportRequest> {
  return {
    bytes: new Uint8Array(await input.file.arrayBuffer()),
    encoding: input.encoding,
    mode: input.mode,
    mapping: input.mapping,
  };
}
