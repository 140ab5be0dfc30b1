/**
 * Recognise PostgreSQL errors by SQLSTATE on both drivers. Drizzle wraps the
 * driver's error in DrizzleQueryError, so the cause chain is searched.
 * postgres.js names the constraint `constraint_name`, PGlite `constraint`.
 */
type DriverError = { code?: unknown; constraint?: unknown; constraint_name?: unknown; cause?: unknown };

function findDriverError(error: unknown, code: string): DriverError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const candidate = current as DriverError;
    if (candidate.code === code) return candidate;
    current = candidate.cause;
  }
  return null;
}

function constraintOf(error: DriverError): unknown {
  return error.constraint_name ?? error.constraint;
}

/** Whether the error is a unique violation (23505) of the named constraint or unique index. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const found = findDriverError(error, "23505");
  return found !== null && constraintOf(found) === constraint;
}

/** Whether the error is a foreign key violation (23503) of the named constraint. */
export function isForeignKeyViolation(error: unknown, constraint: string): boolean {
  const found = findDriverError(error, "23503");
  return found !== null && constraintOf(found) === constraint;
}
