// Expected failures of the data layer. Actions turn them into messages; anything else is
// unexpected, logged with the request id and shown as a polite generic error.
export type AppErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "INVALID";

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: AppErrorCode,
    message: string = code,
    /** For INVALID and CONFLICT: the form field the problem belongs to, and a message key. */
    readonly field?: { name: string; messageKey: string },
  ) {
    super(message);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** What a read returns, or null when the data layer says there is no such record; other errors go on. */
export async function unlessNotFound<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}
