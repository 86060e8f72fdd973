import { useEffect, useRef, useState } from "react";
import type { ListOption } from "./list-box";

/**
 * The options a server search returns for the typed text, asked 200 ms after the last
 * keystroke. Only the newest answer counts: typing fast must not show an older list. With no
 * search function it asks nothing and returns `initial`.
 */
export function useServerSearch(text: string, search: ((text: string) => Promise<ListOption[]>) | null, initial: ListOption[] = []): ListOption[] {
  const [found, setFound] = useState(initial);
  const request = useRef(0);
  useEffect(() => {
    if (!search) return;
    const id = ++request.current;
    const timer = setTimeout(async () => {
      try {
        const options = await search(text);
        if (id === request.current) setFound(options);
      } catch {
        // The server could not answer (offline, or an error it logged): the last answer stays.
      }
    }, 200);
    return () => clearTimeout(timer);
  }, [text, search]);
  return found;
}
