"use client";

import { useSyncExternalStore } from "react";

const subscribeToNothing = () => () => {};

/**
 * False on the server and while the page hydrates, true once React runs it in the browser:
 * for controls that need JavaScript to work and should not be drawn before they can.
 */
export function useIsInteractive(): boolean {
  return useSyncExternalStore(subscribeToNothing, () => true, () => false);
}
