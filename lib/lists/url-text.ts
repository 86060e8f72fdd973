import { z } from "zod";

// Free text a list reads from its URL (?q=, ?tag=). Nobody types control characters into a
// search box, and PostgreSQL text refuses NUL: they are dropped, so an edited link gives a
// list rather than a database error.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/** The text without control characters, trimmed; refine its length after (`.pipe`). */
export const urlText = () => z.string().transform((value) => value.replace(CONTROL_CHARACTERS, "").trim());

/** The longest search a list runs; its search box takes no more (maxLength). */
export const SEARCH_MAX = 200;

/**
 * A list's search text: a longer one (a pasted paragraph, an edited link) is cut to its first
 * SEARCH_MAX characters, whole code points, and still searched, not silently dropped.
 */
export const searchText = () => urlText().transform((value) => Array.from(value).slice(0, SEARCH_MAX).join("").trim());
