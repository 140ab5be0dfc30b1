/** One page of a server-side paginated list. */
export type ListPage<Row> = {
  rows: Row[];
  /** Rows matching the filters on all pages. */
  total: number;
  /** 1-based. */
  page: number;
  pageSize: number;
  /** At least 1, also for an empty result. */
  pageCount: number;
};

/** An ILIKE pattern that matches `text` anywhere, with %, _ and \ in it matched literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

export function pageOffset(page: number, pageSize: number): number {
  return (Math.max(1, page) - 1) * pageSize;
}
