import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/data-table/pagination";
import { firstSearchParams, listHref, type ListParams } from "@/components/data-table/list-url";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { getDb } from "@/db";
import { listCustomers } from "@/lib/data/customer-list";
import { listCustomerFilterOptions } from "@/lib/data/customers";
import { hasPermission, requireTenantPage } from "@/lib/tenancy";
import { customerListQuerySchema, noteDispatchKinds } from "@/lib/validation/customer";
import { pageSizes } from "@/lib/validation/list-query";
import { CustomerTable } from "./customer-table";
import { tenantPageMetadata } from "../page-metadata";

type SearchParams = Record<string, string | string[] | undefined>;

export function generateMetadata({ params }: { params: Promise<{ tenant: string }> }) {
  return tenantPageMetadata(params, "customers.read", (t) => t("customers.title"));
}

export default async function CustomersPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { tenant: slug } = await params;
  const context = await requireTenantPage(slug, "customers.read");
  const t = await getTranslations("customers");
  const common = await getTranslations("common");
  const csv = await getTranslations("csv");

  const query = customerListQuerySchema.parse(firstSearchParams(await searchParams));
  const db = await getDb();
  const [page, options] = await Promise.all([
    listCustomers(db, context.tenant.id, query),
    listCustomerFilterOptions(db, context.tenant.id),
  ]);
  const canWrite = hasPermission(context.role, "customers.write");

  const filterParams: ListParams = {
    q: query.q,
    dispatch: query.dispatch,
    route: query.route,
    branch: query.branch,
    blocked: query.blocked,
    archived: query.archived === "active" ? undefined : query.archived,
  };
  const listParams: ListParams = {
    ...filterParams,
    sort: query.sort,
    dir: query.dir,
    size: String(query.size),
    page: String(query.page),
  };
  const pathname = `/${slug}/customers`;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <div className="flex flex-wrap gap-2">
          <a
            className="rounded-md border border-stone-300 bg-white px-4 py-2 text-sm hover:bg-stone-100"
            href={listHref(`/api/${slug}/customers/export`, filterParams)}
          >
            {csv("export")}
          </a>
          {canWrite ? (
            <>
              <Link
                className="rounded-md border border-stone-300 bg-white px-4 py-2 text-sm hover:bg-stone-100"
                href={`${pathname}/import`}
              >
                {t("import")}
              </Link>
              <Link
                className="rounded-md bg-crust-700 px-4 py-2 text-sm font-medium text-white hover:bg-crust-800"
                href={`${pathname}/new`}
              >
                {t("new")}
              </Link>
            </>
          ) : null}
        </div>
      </div>

      <form
        method="get"
        className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
        aria-label={t("list.filters")}
      >
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
        <div className="sm:col-span-2">
          <Field id="customer-search" label={t("list.searchLabel")} hint={t("list.searchHint")}>
            <Input
              id="customer-search"
              name="q"
              type="search"
              defaultValue={query.q}
              aria-describedby="customer-search-hint"
            />
          </Field>
        </div>
        <Field id="filter-dispatch" label={t("list.dispatch")}>
          <Select id="filter-dispatch" name="dispatch" defaultValue={query.dispatch ?? ""}>
            <option value="">{t("list.any")}</option>
            {noteDispatchKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`dispatch.${kind}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="filter-route" label={t("list.route")}>
          <Select id="filter-route" name="route" defaultValue={query.route ?? ""}>
            <option value="">{t("list.any")}</option>
            {options.routes.map((route) => (
              <option key={route} value={route}>
                {route}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="filter-branch" label={t("list.branch")}>
          <Select id="filter-branch" name="branch" defaultValue={query.branch ?? ""}>
            <option value="">{t("list.any")}</option>
            {options.branches.map((branch) => (
              <option key={branch} value={branch}>
                {branch}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="filter-blocked" label={t("list.blocked")}>
          <Select id="filter-blocked" name="blocked" defaultValue={query.blocked ?? ""}>
            <option value="">{t("list.any")}</option>
            <option value="yes">{t("list.yes")}</option>
            <option value="no">{t("list.no")}</option>
          </Select>
        </Field>
        <Field id="filter-archived" label={t("list.status")}>
          <Select id="filter-archived" name="archived" defaultValue={query.archived}>
            <option value="active">{t("list.statusActive")}</option>
            <option value="archived">{t("list.statusArchived")}</option>
            <option value="all">{t("list.statusAll")}</option>
          </Select>
        </Field>
        <Field id="filter-size" label={t("list.pageSize")}>
          <Select id="filter-size" name="size" defaultValue={String(query.size)}>
            {pageSizes.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </Select>
        </Field>
        <div className="flex items-end gap-2">
          <Button type="submit" variant="secondary">
            {t("list.apply")}
          </Button>
          <Link className="px-2 py-2 text-sm text-stone-700 underline" href={pathname}>
            {t("list.reset")}
          </Link>
        </div>
      </form>

      <p className="text-sm text-stone-700" role="status">
        {t("list.count", { total: page.total })}
      </p>

      {page.rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center text-stone-700">
          <p className="font-medium">{t("list.empty")}</p>
          <p className="mt-1 text-sm">{t("list.emptyHint")}</p>
        </div>
      ) : (
        <CustomerTable slug={slug} rows={page.rows} params={listParams} />
      )}

      {page.pageCount > 1 ? (
        <Pagination
          pathname={pathname}
          params={listParams}
          page={page.page}
          pageCount={page.pageCount}
          labels={{
            navigation: t("list.pagination"),
            previous: common("previous"),
            next: common("next"),
            position: common("pageOf", { page: page.page, pages: page.pageCount }),
          }}
        />
      ) : null}
    </div>
  );
}
