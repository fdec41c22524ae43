// The heading of a screen, which also names the window, plus its main actions on the right.
import type { ReactNode } from "react";
import { Group, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { useTranslation } from "react-i18next";

export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(`${title} — ${t("app.name")}`);
  return (
    <Group justify="space-between" align="center" mb="lg" wrap="nowrap">
      <Title order={2}>{title}</Title>
      {children && <Group gap="sm">{children}</Group>}
    </Group>
  );
}
