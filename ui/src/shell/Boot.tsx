// Decides what the window shows: a loader, why the data could not be opened, the
// first-start setup, or the app itself. Also keeps the UI language in step with the shop.
import { useEffect, useLayoutEffect } from "react";
import { Alert, Center, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { setLanguage, uiLanguage } from "../i18n";
import { afterNextPaint } from "../lib/afterNextPaint";
import { useWindowTitle } from "../lib/windowTitle";
import { errorMessage } from "../bridge/errors";
import { Loading } from "../components/Loading";
import { readDamaged } from "../lib/damaged";
import { useAppInfo } from "../queries/settings";
import { useStartupCheck } from "../queries/safety";
import { firstScreenPainted, useFirstScreenShown } from "../startup/painted";
import { RestStylesGate } from "../styles/RestStylesGate";
import { AppRouter } from "./AppRouter";
import { lazyScreen } from "./lazyScreen";

// Shown on the first start only: its form and inputs stay out of the start-up bundle. It
// focuses its first field as it mounts, when nothing else on the window takes typing.
const SetupScreen = lazyScreen(() => import("../screens/setup/SetupScreen").then((m) => m.SetupScreen), {
  preload: false,
});
// Shown after damage only: its code stays out of the start-up bundle.
const RecoveryScreen = lazyScreen(() => import("./recovery/RecoveryScreen").then((m) => m.RecoveryScreen), {
  preload: false,
});

/** Tells the rest of the app (`firstScreenPainted`) once the screen drawn when `ready`
 *  turned true has been painted (the frame after it has begun). */
function useReportPainted(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    return afterNextPaint(firstScreenPainted);
  }, [ready]);
}

export function Boot() {
  // A start-up milestone for the cold-start benchmark: React has built and committed the
  // first screen (what follows, to "first-screen-painted", is WebKit's style, layout, paint).
  useLayoutEffect(() => {
    performance.mark("amends:commit");
  }, []);
  const { t } = useTranslation();
  const info = useAppInfo();
  // The start-up quick_check takes seconds on a large file and would compete with drawing
  // the first screen: it starts once that screen is on view, and the recovery screen takes
  // over if it finds damage.
  useReportPainted(info.isSuccess);
  const check = useStartupCheck(useFirstScreenShown());
  const language = info.data ? uiLanguage(info.data) : null;

  useEffect(() => {
    if (language) void setLanguage(language);
  }, [language]);
  // The window's title until the app's frame (Layout) takes it over.
  const setup = info.data != null && !info.data.shop;
  useWindowTitle(setup ? t("window.setup") : null, !info.data?.shop);

  if (info.isPending) return <Loading whole />;
  if (info.isError) {
    // A damaged database gets its own screen: it can be put right from a backup.
    const damaged = readDamaged(info.error);
    if (damaged) return <RecoveryScreen damaged={damaged} />;
    return (
      <RestStylesGate>
        <Center h="100vh" p="xl">
          <Stack maw={560}>
            <Title order={2}>{t("boot.errorTitle")}</Title>
            <Alert color="red">{errorMessage(t, info.error)}</Alert>
          </Stack>
        </Center>
      </RestStylesGate>
    );
  }
  const damagedLater = check.isError ? readDamaged(check.error) : null;
  if (damagedLater) return <RecoveryScreen damaged={damagedLater} />;
  if (!info.data.shop) return <SetupScreen suggested={info.data.suggested_profile} />;
  return <AppRouter />;
}
