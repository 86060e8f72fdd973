import { z } from "zod";

// Free text a list reads from its URL (?q=, ?tag=). Nobody types control characters into a
// search box, and PostgreSQL text refuses NUL: they are dropped, so an edited link gives a
// list rather than a database error.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/** The text without control characters, trimmed; refine its length after (`.pipe`). */
export const urlText = () => z.string().transform((value) => value.replace(CONTROL_CHARACTERS, "").trim());
