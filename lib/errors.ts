/**
 * Error codes shared by the server and the UI. Each code has a message under
 * `errors.<code>` in messages/*.json.
 */
export type AppErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "invalid_input"
  | "conflict"
  | "mail_not_configured"
  | "customer_blocked"
  | "orders_not_found"
  | "notes_already_sent"
  | "customer_archived"
  | "customer_number_taken"
  | "delivery_address_in_use"
  | "product_number_taken"
  | "product_group_not_found"
  | "product_group_code_taken"
  | "product_group_in_use"
  | "internal";

/** An expected failure with a code that the action wrapper turns into a result. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly values?: Record<string, string | number>;

  constructor(code: AppErrorCode, message?: string, values?: Record<string, string | number>) {
    super(message ?? code);
    this.name = "AppError";
    this.code = code;
    this.values = values;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
