/** Search parameters of a list page, as plain strings. Empty values are left out of URLs. */
export type ListParams = Record<string, string | undefined>;

/** The list's URL with some parameters changed; undefined or "" removes a parameter. */
export function listHref(pathname: string, params: ListParams, changes: ListParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...params, ...changes })) {
    if (value !== undefined && value !== "") search.set(key, value);
  }
  const query = search.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** A page's search parameters with the first value of each, as the list schemas read them. */
export function firstSearchParams(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) values[key] = first;
  }
  return values;
}
