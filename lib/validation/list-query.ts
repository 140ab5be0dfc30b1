import { z } from "zod";

export const pageSizes = [25, 50, 100] as const;
export const defaultPageSize = 25;

/**
 * Search parameters every list page shares. Malformed values fall back to
 * their defaults, because a URL can be edited by hand.
 */
export const listQueryShape = {
  q: z.string().trim().max(100).catch("").default(""),
  dir: z.enum(["asc", "desc"]).catch("asc").default("asc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  size: z.coerce
    .number()
    .refine((size) => (pageSizes as readonly number[]).includes(size))
    .catch(defaultPageSize)
    .default(defaultPageSize),
};
