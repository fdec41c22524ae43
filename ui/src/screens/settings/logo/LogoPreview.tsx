import { Center, Image, Loader, Paper, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** The current logo as letters will show it, or a plain frame saying there is none. */
export function LogoPreview({ src, loading }: { src: string | null; loading: boolean }) {
  const { t } = useTranslation("settings");
  return (
    <Paper withBorder radius="md" p="md" w={280} h={140} data-testid="logo-preview">
      <Center h="100%">
        {loading ? (
          <Loader size="sm" aria-label={t("common:loading")} />
        ) : src ? (
          <Image src={src} alt={t("logo.previewAlt")} fit="contain" mah={108} maw={248} />
        ) : (
          <Text size="sm" c="dimmed">
            {t("logo.none")}
          </Text>
        )}
      </Center>
    </Paper>
  );
}
