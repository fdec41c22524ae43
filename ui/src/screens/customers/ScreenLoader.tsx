import { Center, Loader } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Shown while a customer screen's data loads. */
export function ScreenLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader aria-label={t("loading")} />
    </Center>
  );
}
