import type { ReactNode } from "react";
import { Center, Loader } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useRestStyles } from "./rest";

/** Shows `children` once the styles beyond the start screen's are in (a loader until then,
 *  a moment at most): for screens drawn outside the lazy ones, such as the first-start
 *  setup. */
export function RestStylesGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  if (!useRestStyles()) {
    return (
      <Center h="100vh">
        <Loader aria-label={t("loading")} />
      </Center>
    );
  }
  return children;
}
