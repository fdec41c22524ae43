// Screens other than the case list load their code on their first visit: the start-up
// bundle then holds only what the first screen needs (the charts of the monthly review
// alone were a third of it). Once the first screen is painted, the rest is loaded in the
// background (`preloadScreens`), so a later visit does not wait for it.
import { Suspense, lazy, useState, type ComponentType } from "react";
import { Loading } from "../components/Loading";
import { loadRestStyles } from "../styles/rest";

const loaders: (() => Promise<unknown>)[] = [];

/** A screen whose module is loaded by `load` when first shown. `preload: false` leaves it
 *  out of `preloadScreens` (screens seldom shown: the first-start setup, recovery). */
export function lazyScreen<P extends object = Record<string, never>>(
  load: () => Promise<ComponentType<P>>,
  { preload = true }: { preload?: boolean } = {},
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  // With the styles beyond the start screen's: a screen is never drawn without them.
  const fetchScreen = () =>
    (loading ??= Promise.all([load(), loadRestStyles()]).then(
      ([screen]) => (loaded = screen),
      (err: unknown) => {
        loading = null;
        throw err;
      },
    ));
  const Lazy = lazy(() => fetchScreen().then((screen) => ({ default: screen })));
  if (preload) loaders.push(fetchScreen);

  function LazyScreen(props: P) {
    // Decided once per mount, so the screen is not mounted twice when its code arrives.
    const [ready] = useState(() => loaded);
    if (ready) {
      const Screen = ready;
      return <Screen {...props} />;
    }
    return (
      <Suspense fallback={<Loading />}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return LazyScreen;
}

/** Loads every lazy screen's code (failures are left for the visit to report). */
export function preloadScreens(): Promise<unknown> {
  return Promise.all(loaders.map((load) => load().catch(() => undefined)));
}
