import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { firstSearchParams, listHref, type ListParams } from "@/components/data-table/list-url";
import { Pagination } from "@/components/data-table/pagination";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { getDb } from "@/db";
import { listProductGroups } from "@/lib/data/product-groups";
import { listProducts } from "@/lib/data/products";
import { hasPermission, requireTenantPage } from "@/lib/tenancy";
import { pageSizes } from "@/lib/validation/list-query";
import { productListQuerySchema } from "@/lib/validation/product";
import { ProductTable } from "./product-table";
import { tenantPageMetadata } from "../page-metadata";

const linkButton = "rounded-md border border-stone-300 bg-white px-4 py-2 text-sm hover:bg-stone-100";

export function generateMetadata({ params }: { params: Promise<{ tenant: string }> }) {
  return tenantPageMetadata(params, "products.read", (t) => t("products.title"));
}

export default async function ProductsPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { tenant: slug } = await params;
  const context = await requireTenantPage(slug, "products.read");
  const t = await getTranslations("products");
  const common = await getTranslations("common");
  const csv = await getTranslations("csv");

  const query = productListQuerySchema.parse(firstSearchParams(await searchParams));
  const db = await getDb();
  const [page, groups] = await Promise.all([
    listProducts(db, context.tenant.id, query),
    listProductGroups(db, context.tenant.id),
  ]);
  const canWrite = hasPermission(context.role, "products.write");

  const filterParams: ListParams = {
    q: query.q,
    group: query.group,
    status: query.status === "active" ? undefined : query.status,
  };
  const listParams: ListParams = {
    ...filterParams,
    sort: query.sort,
    dir: query.dir,
    size: String(query.size),
    page: String(query.page),
  };
  const pathname = `/${slug}/products`;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <div className="flex flex-wrap gap-2">
          <Link className={linkButton} href={`${pathname}/groups`}>
            {t("groupsLink")}
          </Link>
          <a className={linkButton} href={listHref(`/api/${slug}/products/export`, filterParams)}>
            {csv("export")}
          </a>
          {canWrite ? (
            <>
              <Link className={linkButton} href={`${pathname}/import`}>
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
        className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5"
        aria-label={t("list.filters")}
      >
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
        <div className="sm:col-span-2">
          <Field id="product-search" label={t("list.searchLabel")} hint={t("list.searchHint")}>
            <Input
              id="product-search"
              name="q"
              type="search"
              defaultValue={query.q}
              aria-describedby="product-search-hint"
            />
          </Field>
        </div>
        <Field id="filter-group" label={t("list.group")}>
          <Select id="filter-group" name="group" defaultValue={query.group ?? ""}>
            <option value="">{t("list.any")}</option>
            {groups.map((group) => (
              <option key={group.code} value={group.code}>
                {group.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="filter-status" label={t("list.status")}>
          <Select id="filter-status" name="status" defaultValue={query.status}>
            <option value="active">{t("list.statusActive")}</option>
            <option value="inactive">{t("list.statusInactive")}</option>
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
        <ProductTable slug={slug} rows={page.rows} params={listParams} />
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
