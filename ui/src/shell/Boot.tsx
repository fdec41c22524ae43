// Decides what the window shows: a loader, why the data could not be opened, the
// first-start setup, or the app itself. Also keeps the UI language in step with the shop.
import { useEffect } from "react";
import { Alert, Center, Loader, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { setLanguage } from "../i18n";
import { errorMessage } from "../bridge/errors";
import { useAppInfo } from "../queries/settings";
import { SetupScreen } from "../screens/setup/SetupScreen";
import { AppRouter } from "./AppRouter";

export function Boot() {
  const { t } = useTranslation();
  const info = useAppInfo();
  const language = info.data ? (info.data.shop?.language ?? info.data.suggested_profile.language) : null;

  useEffect(() => {
    if (language) void setLanguage(language);
  }, [language]);

  if (info.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label={t("loading")} />
      </Center>
    );
  }
  if (info.isError) {
    return (
      <Center h="100vh" p="xl">
        <Stack maw={560}>
          <Title order={2}>{t("boot.errorTitle")}</Title>
          <Alert color="red">{errorMessage(t, info.error)}</Alert>
        </Stack>
      </Center>
    );
  }
  if (!info.data.shop) return <SetupScreen suggested={info.data.suggested_profile} />;
  return <AppRouter />;
}
