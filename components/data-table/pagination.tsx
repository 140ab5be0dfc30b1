import Link from "next/link";
import { listHref, type ListParams } from "./list-url";

/**
 * Previous/next links and the page position of a server-paginated list. The
 * links keep the list's other parameters (search, sort, filters).
 */
export function Pagination({
  pathname,
  params,
  page,
  pageCount,
  labels,
}: {
  pathname: string;
  params: ListParams;
  page: number;
  pageCount: number;
  labels: { navigation: string; previous: string; next: string; position: string };
}) {
  const linkClass = "rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm hover:bg-stone-100";
  const disabledClass = "rounded-md border border-stone-200 px-3 py-1.5 text-sm text-stone-400";
  return (
    <nav aria-label={labels.navigation} className="flex items-center justify-between gap-3">
      {page > 1 ? (
        <Link className={linkClass} href={listHref(pathname, params, { page: String(page - 1) })} rel="prev">
          {labels.previous}
        </Link>
      ) : (
        <span className={disabledClass} aria-disabled="true">
          {labels.previous}
        </span>
      )}
      <span className="text-sm text-stone-700">{labels.position}</span>
      {page < pageCount ? (
        <Link className={linkClass} href={listHref(pathname, params, { page: String(page + 1) })} rel="next">
          {labels.next}
        </Link>
      ) : (
        <span className={disabledClass} aria-disabled="true">
          {labels.next}
        </span>
      )}
    </nav>
  );
}
