// The letterhead logo: see it, replace it, remove it. A chosen file is uploaded at once;
// the core checks the image and its refusal is shown right under the file field.
import { useState } from "react";
import { Button, Card, FileInput, Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconTrash, IconUpload } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { fieldMessage } from "../../../bridge/errors";
import { checkLogoFile, LOGO_ACCEPT, LOGO_MAX_BYTES, readFileBytes } from "../../../lib/logo";
import { formatMegabytes } from "../../../lib/format";
import { useClearShopLogo, useSetShopLogo, useShopLogo } from "../../../queries/settings";
import { LogoPreview } from "./LogoPreview";
import { logoErrorMessage } from "./logoError";

export function LogoSection() {
  const { t, i18n } = useTranslation("settings");
  const lang = i18n.language;
  const logo = useShopLogo();
  const upload = useSetShopLogo();
  const clear = useClearShopLogo();
  // The file stays shown after a refusal, so the message next to it names what was wrong.
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);

  const pick = async (picked: File | null) => {
    setFile(picked);
    setError(null);
    if (!picked) return;
    const problem = checkLogoFile(picked);
    if (problem) return setError(fieldMessage(t, lang, problem));
    try {
      await upload.mutateAsync(await readFileBytes(picked));
      setFile(null);
      notifications.show({ color: "teal", message: t("logo.saved") });
    } catch (err) {
      setError(logoErrorMessage(t, lang, err));
    }
  };

  const remove = async () => {
    setError(null);
    try {
      await clear.mutateAsync();
      setFile(null);
      notifications.show({ color: "teal", message: t("logo.removed") });
    } catch (err) {
      setError(logoErrorMessage(t, lang, err));
    }
  };

  const current = logo.data ?? null;
  return (
    <Card>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t("logo.intro")}
        </Text>
        <LogoPreview src={current} loading={logo.isPending} />
        <Group align="flex-end" gap="sm">
          <div data-testid="logo-field" style={{ flex: 1, minWidth: 260, maxWidth: 420 }}>
            <FileInput
              name="logo"
              label={current ? t("logo.replace") : t("logo.choose")}
              description={t("logo.hint", { size: formatMegabytes(LOGO_MAX_BYTES, lang) })}
              placeholder={t("logo.placeholder")}
              accept={LOGO_ACCEPT}
              leftSection={<IconUpload size={16} />}
              value={file}
              onChange={(picked) => void pick(picked)}
              error={error}
              disabled={upload.isPending}
            />
          </div>
          {current && (
            <Button
              variant="default"
              color="red"
              leftSection={<IconTrash size={16} />}
              loading={clear.isPending}
              onClick={() => void remove()}
              data-testid="logo-remove"
            >
              {t("logo.remove")}
            </Button>
          )}
        </Group>
        {logo.isError && (
          <Text size="sm" c="red">
            {logoErrorMessage(t, lang, logo.error)}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
