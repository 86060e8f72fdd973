// Record ids are UUIDs. An id from a URL or a form is checked before it reaches a query:
// PostgreSQL refuses a malformed uuid with an error, where the caller should get "not found".
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
