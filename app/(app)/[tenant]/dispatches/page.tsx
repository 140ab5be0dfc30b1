import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/input";
import { batchProgress, listDispatchAttachments, listDispatches, type DispatchLogRow } from "@/lib/data/dispatches";
import { getMailSettingsForm } from "@/lib/data/mail-settings";
import { hasPermission, requireTenantPage } from "@/lib/tenancy";
import { AutoRefresh } from "./auto-refresh";
import { BatchProgress } from "./batch-progress";
import { DispatchList } from "./dispatch-list";
import { DispatchNotices } from "./dispatch-notices";
import { tenantPageMetadata } from "../page-metadata";

const pageSize = 25;
const statuses = ["queued", "sending", "sent", "deferred", "failed"] as const;
const pendingStatuses: ReadonlySet<DispatchLogRow["status"]> = new Set(["queued", "sending"]);
/** Batches whose progress is shown when the log is not filtered by batch. */
const maxProgressBatches = 3;

type SearchParams = { batch?: string | string[]; status?: string | string[]; page?: string | string[] };

export function generateMetadata({ params }: { params: Promise<{ tenant: string }> }) {
  return tenantPageMetadata(params, "dispatches.read", (t) => t("dispatches.title"));
}

export default async function DispatchesPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { tenant: slug } = await params;
  const context = await requireTenantPage(slug, "dispatches.read");
  const t = await getTranslations("dispatches");
  const common = await getTranslations("common");
  const db = await getDb();

  const query = await searchParams;
  const rawBatch = single(query.batch);
  const rawStatus = single(query.status);
  const batchId = z.uuid().safeParse(rawBatch).success ? rawBatch : undefined;
  const status = statuses.find((value) => value === rawStatus);
  const requestedPage = Number.parseInt(single(query.page) ?? "1", 10);
  const page = Number.isSafeInteger(requestedPage) && requestedPage > 0 ? requestedPage : 1;

  const { rows, total } = await listDispatches(db, context.tenant.id, {
    batchId,
    status,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  const pages = Math.max(1, Math.ceil(total / pageSize));

  // Progress of the filtered batch, or of the batches that still have messages waiting in view.
  const progressBatchIds = batchId
    ? [batchId]
    : [...new Set(rows.filter((row) => pendingStatuses.has(row.status)).map((row) => row.batchId))].slice(
        0,
        maxProgressBatches,
      );
  const progress = await Promise.all(
    progressBatchIds.map(async (id) => ({ batchId: id, counts: await batchProgress(db, context.tenant.id, id) })),
  );
  const attachments = await listDispatchAttachments(
    db,
    context.tenant.id,
    rows.filter((row) => row.status === "sent").map((row) => row.id),
  );
  const mailSettings = await getMailSettingsForm(db, context.tenant.id);
  const mailServer = mailSettings ? { host: mailSettings.host, port: mailSettings.port } : null;

  const pending =
    rows.some((row) => pendingStatuses.has(row.status)) ||
    progress.some(({ counts }) => counts.queued + counts.sending > 0);

  const pageLink = (target: number) => {
    const search = new URLSearchParams();
    if (batchId) search.set("batch", batchId);
    if (status) search.set("status", status);
    if (target > 1) search.set("page", String(target));
    const text = search.toString();
    return `/${slug}/dispatches${text ? `?${text}` : ""}`;
  };

  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-stone-700">{t("description")}</p>
      </div>

      <form method="get" className="flex flex-wrap items-end gap-3">
        {batchId ? <input type="hidden" name="batch" value={batchId} /> : null}
        <Field id="dispatch-status" label={t("filters.status")}>
          <Select id="dispatch-status" name="status" defaultValue={status ?? ""} className="w-48">
            <option value="">{t("filters.allStatuses")}</option>
            {statuses.map((value) => (
              <option key={value} value={value}>
                {t(`status.${value}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" variant="secondary">
          {t("filters.apply")}
        </Button>
        {batchId ? (
          <p className="pb-2 text-sm text-stone-700">
            {t("filters.batch")}{" "}
            <Link className="text-crust-700 underline" href={`/${slug}/dispatches${status ? `?status=${status}` : ""}`}>
              {t("filters.clearBatch")}
            </Link>
          </p>
        ) : null}
      </form>

      {rawBatch && !batchId ? (
        <p role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-950">
          {t("filters.invalidBatch", { value: rawBatch })}
        </p>
      ) : null}
      {rawStatus && !status ? (
        <p role="alert" className="rounded-md bg-amber-50 p-3 text-sm text-amber-950">
          {t("filters.invalidStatus", { value: rawStatus })}
        </p>
      ) : null}

      {progress.map(({ batchId: id, counts }) => (
        <BatchProgress key={id} counts={counts} />
      ))}
      <AutoRefresh active={pending} intervalMs={2_000} />
      <DispatchNotices
        rows={rows.map((row) => ({
          id: row.id,
          status: row.status,
          noteNumbers: row.noteNumbers,
          recipients: row.recipients,
        }))}
        hideSuccessMessage={mailSettings?.hideSuccessMessage ?? false}
      />
      {pending ? <p className="text-xs text-stone-600">{t("refreshing")}</p> : null}

      <p className="text-sm text-stone-700">{t("total", { count: total })}</p>
      <DispatchList
        slug={slug}
        rows={rows}
        attachments={attachments}
        timeZone={context.tenant.timeZone}
        mailServer={mailServer}
        canResend={hasPermission(context.role, "notes.send")}
      />

      {pages > 1 ? (
        <nav aria-label={t("pagination")} className="flex items-center gap-4 text-sm">
          {page > 1 ? (
            <Link className="text-crust-700 underline" href={pageLink(page - 1)}>
              {common("previous")}
            </Link>
          ) : null}
          <span>{common("pageOf", { page: Math.min(page, pages), pages })}</span>
          {page < pages ? (
            <Link className="text-crust-700 underline" href={pageLink(page + 1)}>
              {common("next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

function single(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}
