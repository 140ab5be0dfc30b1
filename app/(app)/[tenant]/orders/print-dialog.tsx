"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { describedBy, Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import type { PrintBatchResult } from "@/lib/dispatch/print-batch";
import type { PrintOrder, PrintOutput } from "@/lib/validation/print";
import { submitPrintAction } from "./actions";
import { PrintSummary } from "./print-summary";

const outputs: PrintOutput[] = ["print", "email", "per_customer"];
const printOrders: PrintOrder[] = ["number", "route", "customer"];

type Failure = { error: string; values?: Record<string, string | number>; fieldErrors: Record<string, string[]> };

/**
 * The Print dialog: output, e-mail address, "always print" and print order.
 * It submits the orders selected when it was opened and then shows what was
 * printed and queued, starting the download of the print PDF.
 */
export function PrintDialog({
  open,
  onOpenChange,
  slug,
  orderIds: selectedIds,
  canSend,
  maxOrdersPerPrint,
  onDone,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  slug: string;
  orderIds: string[];
  canSend: boolean;
  maxOrdersPerPrint: number;
  onDone: () => void;
}) {
  const t = useTranslations("orders.printDialog");
  const translate = useTranslations();
  const router = useRouter();
  // The selection at opening time; the grid may change underneath while the dialog is open.
  const [orderIds] = useState(selectedIds);
  const [output, setOutput] = useState<PrintOutput>(canSend ? "per_customer" : "print");
  const [emailAddress, setEmailAddress] = useState("");
  const [alwaysPrint, setAlwaysPrint] = useState(false);
  const [printOrder, setPrintOrder] = useState<PrintOrder>("number");
  const [failure, setFailure] = useState<Failure | null>(null);
  const [result, setResult] = useState<PrintBatchResult | null>(null);
  const [pending, startTransition] = useTransition();

  const fieldMessages = (field: string) =>
    (failure?.fieldErrors[field] ?? []).map((key) => translate(key, { max: maxOrdersPerPrint }));
  const emailErrors = fieldMessages("emailAddress");
  const otherFieldErrors = Object.entries(failure?.fieldErrors ?? {})
    .filter(([field]) => field !== "emailAddress")
    .flatMap(([field]) => fieldMessages(field));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    send(false);
  }

  /** Submit the dialog; `resend` confirms emailing notes that an earlier batch already sent. */
  function send(resend: boolean) {
    startTransition(async () => {
      const response = await submitPrintAction(slug, {
        orderIds,
        output,
        emailAddress,
        alwaysPrint,
        printOrder,
        resend,
      });
      if (!response.ok) {
        setFailure({ error: response.error, values: response.values, fieldErrors: response.fieldErrors ?? {} });
        return;
      }
      setFailure(null);
      setResult(response.data);
      if (response.data.printJobId) startDownload(pdfUrl(slug, response.data.printJobId, true));
      router.refresh();
    });
  }

  function changeOpen(next: boolean) {
    if (!next && result) onDone();
    onOpenChange(next);
  }

  if (result) {
    return (
      <Dialog open={open} onOpenChange={changeOpen} title={translate("orders.printResult.title")}>
        <PrintSummary slug={slug} result={result} pdfUrl={(download) => pdfUrl(slug, result.printJobId!, download)} />
        <div className="mt-6 flex justify-end">
          <Button variant="secondary" onClick={() => changeOpen(false)}>
            {translate("common.close")}
          </Button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog
      open={open}
      onOpenChange={changeOpen}
      title={t("title", { count: orderIds.length })}
      description={t("description")}
    >
      <form onSubmit={submit} noValidate className="space-y-5">
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-stone-800">{t("output")}</legend>
          {outputs.map((value) => {
            const disabled = value !== "print" && !canSend;
            return (
              <label key={value} className="flex items-start gap-2 text-sm">
                <input
                  type="radio"
                  name="output"
                  value={value}
                  checked={output === value}
                  onChange={() => setOutput(value)}
                  disabled={disabled}
                  aria-describedby={`output-${value}-hint`}
                  className="mt-1 accent-crust-700"
                />
                <span>
                  <span className={disabled ? "text-stone-500" : "font-medium"}>{t(`outputs.${value}`)}</span>
                  <span id={`output-${value}-hint`} className="block text-xs text-stone-600">
                    {t(`outputHints.${value}`)}
                  </span>
                </span>
              </label>
            );
          })}
          {!canSend ? <p className="text-xs text-stone-600">{t("noSendPermission")}</p> : null}
        </fieldset>

        {output === "email" ? (
          <Field id="print-email-address" label={t("emailAddress")} hint={t("emailAddressHint")} errors={emailErrors}>
            <Input
              id="print-email-address"
              type="email"
              autoComplete="email"
              value={emailAddress}
              onChange={(event) => setEmailAddress(event.target.value)}
              aria-invalid={emailErrors.length > 0}
              aria-describedby={describedBy("print-email-address", { hint: true, errors: emailErrors })}
            />
          </Field>
        ) : null}

        <div className="space-y-1">
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={alwaysPrint}
              onChange={(event) => setAlwaysPrint(event.target.checked)}
              disabled={output === "print"}
              aria-describedby="always-print-hint"
              className="size-4 accent-crust-700"
            />
            <span className="font-medium">{t("alwaysPrint")}</span>
          </label>
          <p id="always-print-hint" className="ml-6 text-xs text-stone-600">
            {t("alwaysPrintHint")}
          </p>
        </div>

        <Field id="print-order" label={t("printOrder")}>
          <Select
            id="print-order"
            value={printOrder}
            onChange={(event) => setPrintOrder(event.target.value as PrintOrder)}
          >
            {printOrders.map((value) => (
              <option key={value} value={value}>
                {t(`printOrders.${value}`)}
              </option>
            ))}
          </Select>
        </Field>

        {failure ? (
          <div role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
            <p>{translate(failure.error, failure.values)}</p>
            {failure.error === "errors.notes_already_sent" ? (
              <Button variant="danger" className="mt-2" disabled={pending} onClick={() => send(true)}>
                {t("resendAnyway")}
              </Button>
            ) : null}
            {otherFieldErrors.length > 0 ? (
              <ul className="mt-1 list-disc pl-5">
                {otherFieldErrors.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}

        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => changeOpen(false)}>
            {translate("common.cancel")}
          </Button>
          <Button type="submit" disabled={pending}>
            {pending ? t("submitting") : t("submit")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

function pdfUrl(slug: string, printJobId: string, download: boolean): string {
  const path = `/api/${encodeURIComponent(slug)}/documents/${printJobId}/pdf`;
  return download ? `${path}?download=1` : path;
}

/** Start a file download without leaving the page; the response's Content-Disposition names the file. */
function startDownload(url: string): void {
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = "";
  anchor.rel = "noopener";
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
}
