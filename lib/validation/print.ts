import { z } from "zod";
import { isValidEmailAddress } from "./email";

export const maxOrdersPerPrint = 2000;

export const printOutputs = ["print", "email", "per_customer"] as const;
export type PrintOutput = (typeof printOutputs)[number];

export const printOrders = ["number", "route", "customer"] as const;
export type PrintOrder = (typeof printOrders)[number];

export const printRequestSchema = z
  .object({
    orderIds: z
      .array(z.uuid({ error: "validation.unknownOrder" }))
      .min(1, { error: "validation.selectOrders" })
      .max(maxOrdersPerPrint, { error: "validation.tooManyOrders" }),
    output: z.enum(printOutputs),
    emailAddress: z.string().trim().max(254).optional().default(""),
    alwaysPrint: z.boolean().optional().default(false),
    printOrder: z.enum(printOrders).optional().default("number"),
    /** Send notes by email again that an earlier batch already sent. */
    resend: z.boolean().optional().default(false),
  })
  .superRefine((request, context) => {
    if (request.output !== "email") return;
    if (request.emailAddress === "") {
      context.addIssue({ code: "custom", path: ["emailAddress"], message: "validation.required" });
    } else if (!isValidEmailAddress(request.emailAddress)) {
      context.addIssue({ code: "custom", path: ["emailAddress"], message: "validation.email" });
    }
  });

export type PrintRequest = z.output<typeof printRequestSchema>;
