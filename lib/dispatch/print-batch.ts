import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/db";
import { dispatches, dispatchNotes, printJobs } from "@/db/schema";
import { findOrdersForPrint, type OrderForPrint } from "@/lib/data/orders";
import { issueNotes, type IssuedNote } from "@/lib/data/delivery-notes";
import { getTemplate } from "@/lib/data/mail-templates";
import { getMailTransportSettings, getSender } from "@/lib/data/mail-settings";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { buildNoteMessage } from "@/lib/mail/note-message";
import { hasPermission } from "@/lib/tenancy/permissions";
import type { TenantContext } from "@/lib/tenancy/types";
import { isValidEmailAddress } from "@/lib/validation/email";
import type { PrintOrder, PrintRequest } from "@/lib/validation/print";
import { countSentToday } from "./daily-limit";
import { findEmailedNotes, lockOrders } from "./resend-guard";
import { wakeWorker } from "./wake";

/** A note that could not go the way its customer's dispatch setting requires, and what happened to it. */
export type PrintProblem = {
  kind: "no_email_address" | "customer_blocked";
  orderNumber: number;
  customerNumber: number;
  customerName: string;
  /** The note's destination instead: the print PDF, or none (blocked customers get no note). */
  outcome: "printed_instead" | "skipped";
};

export type PrintBatchResult = {
  batchId: string;
  /** Present when the batch has notes for the printer. */
  printJobId: string | null;
  printedNoteCount: number;
  /** Notes in the print PDF counting each customer's copies setting. */
  printedCopyCount: number;
  queuedMessageCount: number;
  emailedNoteCount: number;
  problems: PrintProblem[];
  /** The bakery's daily message limit and what was sent today, when it has a limit. */
  dailyLimit: { limit: number; sentToday: number } | null;
};

type PlannedMessage = { customer: OrderForPrint["customer"] | null; recipients: string[]; orders: OrderForPrint[] };

/**
 * Carry out a Print dialog submission: issue the notes, put the paper ones in
 * a print job and write one outbox row per message, all in one transaction.
 * Nothing is sent here; the worker sends the queued rows.
 */
export async function submitPrintBatch(
  context: TenantContext & { db: Db },
  request: PrintRequest,
): Promise<PrintBatchResult> {
  const { db, tenant, userId } = context;
  const uniqueIds = [...new Set(request.orderIds)];

  const found = await findOrdersForPrint(db, tenant.id, uniqueIds);
  if (found.length !== uniqueIds.length) {
    // Unknown ids and ids of another bakery look the same, and the whole batch stops.
    logger.warn(
      { tenantId: tenant.id, userId, missing: uniqueIds.length - found.length },
      "print rejected: unknown orders",
    );
    throw new AppError("orders_not_found", undefined, { count: uniqueIds.length - found.length });
  }

  const ordered = sortForPrint(found, request.printOrder);
  const problems: PrintProblem[] = [];
  const toPrint: OrderForPrint[] = [];
  const messages: PlannedMessage[] = [];
  const perCustomer = new Map<string, PlannedMessage>();

  for (const order of ordered) {
    const { customer } = order;
    if (customer.blocked) {
      problems.push(problemFor(order, "customer_blocked", "skipped"));
      continue;
    }

    if (request.output === "print") {
      toPrint.push(order);
      continue;
    }

    if (request.output === "email") {
      if (messages.length === 0) messages.push({ customer: null, recipients: [request.emailAddress], orders: [] });
      messages[0]!.orders.push(order);
      if (request.alwaysPrint) toPrint.push(order);
      continue;
    }

    // Per customer: the customer's note dispatch setting decides.
    const wantsPaper = customer.noteDispatch !== "email";
    const wantsEmail = customer.noteDispatch !== "paper";
    const recipients = customer.noteEmails.filter(isValidEmailAddress);

    if (wantsEmail && recipients.length === 0) {
      problems.push(problemFor(order, "no_email_address", "printed_instead"));
      toPrint.push(order);
      continue;
    }
    if (wantsEmail) {
      let message = perCustomer.get(customer.id);
      if (!message) {
        message = { customer, recipients, orders: [] };
        perCustomer.set(customer.id, message);
        messages.push(message);
      }
      message.orders.push(order);
    }
    if (wantsPaper || request.alwaysPrint) toPrint.push(order);
  }

  const sender = messages.length > 0 ? await getSender(db, tenant.id) : null;
  if (messages.length > 0 && !sender) throw new AppError("mail_not_configured");
  const template = await getTemplate(db, tenant.id, "delivery_notes", tenant.locale);

  const batchId = randomUUID();
  const result = await db.transaction(async (tx) => {
    const txDb = tx as unknown as Db;
    // Concurrent submissions for the same orders wait here for each other, so
    // the check for notes that were already emailed includes the earlier batch.
    await lockOrders(
      txDb,
      tenant.id,
      ordered.map((order) => order.id),
    );
    const notes = await issueNotes(
      txDb,
      tenant.id,
      ordered.filter((order) => !order.customer.blocked).map((order) => order.id),
    );
    const noteOf = (order: OrderForPrint): IssuedNote => notes.get(order.id)!;

    // Per customer, a note goes out by email once unless the user confirms sending it again.
    if (!request.resend && request.output === "per_customer") {
      const emailedNotes = messages.flatMap((message) => message.orders.map((order) => noteOf(order)));
      const alreadySent = await findEmailedNotes(txDb, tenant.id, emailedNotes);
      if (alreadySent.length > 0) {
        throw new AppError("notes_already_sent", undefined, {
          count: alreadySent.length,
          numbers: alreadySent.join(", "),
        });
      }
    }

    let printJobId: string | null = null;
    if (toPrint.length > 0) {
      const [job] = await tx
        .insert(printJobs)
        .values({
          tenantId: tenant.id,
          // Each note appears as many times as its customer's copies setting.
          noteIds: toPrint.flatMap((order) => Array.from({ length: copiesOf(order) }, () => noteOf(order).id)),
          createdBy: userId,
        })
        .returning({ id: printJobs.id });
      printJobId = job!.id;
    }

    for (const message of messages) {
      const dispatchId = randomUUID();
      const content = buildNoteMessage({
        tenant,
        template,
        customer: message.customer,
        customers: [...new Map(message.orders.map((order) => [order.customer.id, order.customer])).values()],
        notes: message.orders.map((order) => ({
          number: noteOf(order).number,
          orderNumber: order.number,
          deliveryDate: order.deliveryDate,
        })),
      });
      await tx.insert(dispatches).values({
        tenantId: tenant.id,
        id: dispatchId,
        batchId,
        customerId: message.customer?.id ?? null,
        recipients: message.recipients,
        subject: content.subject,
        bodyText: content.text,
        bodyHtml: content.html,
        messageId: `<${dispatchId}@${senderDomain(sender!.address)}>`,
        createdBy: userId,
      });
      await tx.insert(dispatchNotes).values(
        message.orders.map((order, position) => ({
          tenantId: tenant.id,
          dispatchId,
          noteId: noteOf(order).id,
          position,
        })),
      );
    }

    return { printJobId };
  });

  logger.info(
    {
      tenantId: tenant.id,
      userId,
      batchId,
      printed: toPrint.length,
      messages: messages.length,
      problems: problems.length,
    },
    "print batch submitted",
  );
  if (messages.length > 0) wakeWorker();

  const settings = messages.length > 0 ? await getMailTransportSettings(db, tenant.id) : null;
  const dailyLimit =
    settings?.dailyLimit != null
      ? { limit: settings.dailyLimit, sentToday: await countSentToday(db, tenant.id, tenant.timeZone) }
      : null;

  return {
    batchId,
    printJobId: result.printJobId,
    printedNoteCount: toPrint.length,
    printedCopyCount: toPrint.reduce((sum, order) => sum + copiesOf(order), 0),
    queuedMessageCount: messages.length,
    emailedNoteCount: messages.reduce((sum, message) => sum + message.orders.length, 0),
    problems,
    dailyLimit,
  };
}

/**
 * The Print dialog's action handler: printing needs notes.print (checked by
 * the wrapper), and any output that emails needs notes.send as well.
 */
export async function handlePrintRequest(
  context: TenantContext & { db: Db },
  request: PrintRequest,
): Promise<PrintBatchResult> {
  if (request.output !== "print" && !hasPermission(context.role, "notes.send")) throw new AppError("forbidden");
  return submitPrintBatch(context, request);
}

/** Sort orders for the print PDF and the numbering of new notes. */
export function sortForPrint(orders: OrderForPrint[], printOrder: PrintOrder): OrderForPrint[] {
  const byNumber = (a: OrderForPrint, b: OrderForPrint) => a.number - b.number;
  const sorted = [...orders];
  if (printOrder === "number") return sorted.sort(byNumber);
  if (printOrder === "customer") {
    return sorted.sort((a, b) => a.customer.number - b.customer.number || byNumber(a, b));
  }
  return sorted.sort(
    (a, b) =>
      a.customer.route.localeCompare(b.customer.route, "nl") || a.customer.number - b.customer.number || byNumber(a, b),
  );
}

function problemFor(order: OrderForPrint, kind: PrintProblem["kind"], outcome: PrintProblem["outcome"]): PrintProblem {
  return {
    kind,
    outcome,
    orderNumber: order.number,
    customerNumber: order.customer.number,
    customerName: order.customer.name,
  };
}

function copiesOf(order: OrderForPrint): number {
  return Math.max(1, order.customer.copies);
}

function senderDomain(address: string): string {
  return address.slice(address.lastIndexOf("@") + 1) || "broodbode.invalid";
}
