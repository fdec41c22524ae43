import { Center, Loader } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** A labelled loader while a screen's code or data comes: centred in the whole window
 *  (`whole`, before the app's frame is there) or in the screen's area. */
export function Loading({ whole = false }: { whole?: boolean }) {
  const { t } = useTranslation();
  return (
    <Center {...(whole ? { h: "100vh" } : { py: "xl" })}>
      <Loader aria-label={t("loading")} />
    </Center>
  );
}
