// What is installed and where the data lives, for backups and for support questions.
import { ActionIcon, Card, Code, CopyButton, DataList, Group, Stack, Text, Tooltip } from "@mantine/core";
import { IconCheck, IconCopy } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useAppInfo } from "../../../queries/settings";

export function AboutSection() {
  const { t } = useTranslation("settings");
  const info = useAppInfo();
  if (!info.data) return null;
  const { version, data_dir, schema_version } = info.data;

  return (
    <Card data-testid="settings-about">
      <Stack gap="md">
        <DataList labelWidth={200}>
          <DataList.Item>
            <DataList.ItemLabel>{t("about.version")}</DataList.ItemLabel>
            <DataList.ItemValue data-testid="about-version">{version}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t("about.dataDir")}</DataList.ItemLabel>
            <DataList.ItemValue>
              <Group gap="xs" wrap="nowrap">
                <Code data-testid="about-data-dir" style={{ wordBreak: "break-all" }}>
                  {data_dir}
                </Code>
                <CopyButton value={data_dir}>
                  {({ copied, copy }) => (
                    <Tooltip label={copied ? t("about.copied") : t("about.copy")} withArrow>
                      <ActionIcon
                        variant="subtle"
                        color={copied ? "teal" : "gray"}
                        onClick={copy}
                        aria-label={t("about.copy")}
                      >
                        {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                      </ActionIcon>
                    </Tooltip>
                  )}
                </CopyButton>
              </Group>
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t("about.schema")}</DataList.ItemLabel>
            <DataList.ItemValue data-testid="about-schema">{schema_version}</DataList.ItemValue>
          </DataList.Item>
        </DataList>
        <Text size="sm" c="dimmed">
          {t("about.backupHint")}
        </Text>
      </Stack>
    </Card>
  );
}
