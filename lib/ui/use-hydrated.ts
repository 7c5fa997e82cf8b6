"use client";
// True once React runs in the browser. The server and the first (hydrating) render say
// false, so markup for "no JavaScript" and "with JavaScript" never mismatches.
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
