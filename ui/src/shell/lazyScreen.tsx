// Screens other than the case list load their code on their first visit: the start-up
// bundle then holds only what the first screen needs (the charts of the monthly review
// alone were a third of it). Once the first screen is painted, the rest is loaded in the
// background (`preloadScreens`), so a later visit does not wait for it.
import { Suspense, lazy, useState, type ComponentType } from "react";
import { Center, Loader } from "@mantine/core";
import { useTranslation } from "react-i18next";

const loaders: (() => Promise<unknown>)[] = [];

function ScreenFallback() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader aria-label={t("loading")} />
    </Center>
  );
}

/** A route's element for a screen whose module is loaded by `load` when first shown. */
export function lazyScreen(load: () => Promise<ComponentType>): ComponentType {
  let loaded: ComponentType | null = null;
  let loading: Promise<ComponentType> | null = null;
  const fetchScreen = () =>
    (loading ??= load().then(
      (screen) => (loaded = screen),
      (err: unknown) => {
        loading = null;
        throw err;
      },
    ));
  const Lazy = lazy(() => fetchScreen().then((screen) => ({ default: screen })));
  loaders.push(fetchScreen);

  function LazyScreen() {
    // Decided once per mount, so the screen is not mounted twice when its code arrives.
    const [ready] = useState(() => loaded);
    if (ready) {
      const Screen = ready;
      return <Screen />;
    }
    return (
      <Suspense fallback={<ScreenFallback />}>
        <Lazy />
      </Suspense>
    );
  }
  return LazyScreen;
}

/** Loads every lazy screen's code (failures are left for the visit to report). */
export function preloadScreens(): Promise<unknown> {
  return Promise.all(loaders.map((load) => load().catch(() => undefined)));
}
