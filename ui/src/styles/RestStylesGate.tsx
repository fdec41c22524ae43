import type { ReactNode } from "react";
import { Center, Loader } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useRestStyles } from "./rest";

/** Shows `children` once the styles beyond the start screen's are in (a loader until then,
 *  a moment at most): for a screen that is not a lazy one, such as Boot's error screen. */
export function RestStylesGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  if (!useRestStyles({ ask: true })) {
    return (
      <Center h="100vh">
        <Loader aria-label={t("loading")} />
      </Center>
    );
  }
  return children;
}
