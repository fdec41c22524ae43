// A flag that turns true once and stays so, read by plain code and by React alike: "the
// first screen is painted", "the rest of the styles are in".
import { useSyncExternalStore } from "react";

export interface OnceFlag {
  /** Turns the flag true, once, and runs and tells whatever waits for it. */
  set(): void;
  isSet(): boolean;
  /** Runs `job` once the flag is set (at once if it is). */
  whenSet(job: () => void): void;
  /** Whether the flag is set, re-rendering the component when it turns. */
  useIsSet(): boolean;
}

export function onceFlag(): OnceFlag {
  let value = false;
  const waiting: (() => void)[] = [];
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const isSet = () => value;
  return {
    set() {
      if (value) return;
      value = true;
      for (const run of waiting.splice(0)) run();
      for (const listener of listeners) listener();
    },
    isSet,
    whenSet(job) {
      if (value) job();
      else waiting.push(job);
    },
    useIsSet: () => useSyncExternalStore(subscribe, isSet),
  };
}
