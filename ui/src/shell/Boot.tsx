// Decides what the window shows: a loader, why the data could not be opened, the
// first-start setup, or the app itself. Also keeps the UI language in step with the shop.
import { useEffect } from "react";
import { Alert, Center, Loader, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { setLanguage } from "../i18n";
import { useWindowTitle } from "../lib/windowTitle";
import { errorMessage } from "../bridge/errors";
import { readDamaged } from "../lib/damaged";
import { useAppInfo } from "../queries/settings";
import { useStartupCheck } from "../queries/safety";
import { SetupScreen } from "../screens/setup/SetupScreen";
import { AppRouter } from "./AppRouter";
import { RecoveryScreen } from "./recovery/RecoveryScreen";

export function Boot() {
  const { t } = useTranslation();
  const info = useAppInfo();
  // The start-up quick_check takes seconds on a large file, so the app is drawn first and
  // switches to the recovery screen if the check finds damage.
  const check = useStartupCheck(info.isSuccess);
  const language = info.data ? (info.data.shop?.language ?? info.data.suggested_profile.language) : null;

  useEffect(() => {
    if (language) void setLanguage(language);
  }, [language]);
  // The window's title until the app's frame (Layout) takes it over.
  const setup = info.data != null && !info.data.shop;
  useWindowTitle(setup ? t("window.setup") : null, !info.data?.shop);

  if (info.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label={t("loading")} />
      </Center>
    );
  }
  if (info.isError) {
    // A damaged database gets its own screen: it can be put right from a backup.
    const damaged = readDamaged(info.error);
    if (damaged) return <RecoveryScreen damaged={damaged} />;
    return (
      <Center h="100vh" p="xl">
        <Stack maw={560}>
          <Title order={2}>{t("boot.errorTitle")}</Title>
          <Alert color="red">{errorMessage(t, info.error)}</Alert>
        </Stack>
      </Center>
    );
  }
  const damagedLater = check.isError ? readDamaged(check.error) : null;
  if (damagedLater) return <RecoveryScreen damaged={damagedLater} />;
  if (!info.data.shop) return <SetupScreen suggested={info.data.suggested_profile} />;
  return <AppRouter />;
}
