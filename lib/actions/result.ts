/** What every Server Action returns: data, or a message key with optional field errors. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      /** Message key, e.g. "errors.not_found". */
      error: string;
      values?: Record<string, string | number>;
      /** Field path → message keys. */
      fieldErrors?: Record<string, string[]>;
    };
