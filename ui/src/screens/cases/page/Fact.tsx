import type { ReactNode } from "react";
import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** One labelled value of a case; a missing value shows a dash rather than a gap. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  const empty = children === null || children === undefined || children === "";
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: "0.03em" }}>
        {label}
      </Text>
      {empty ? <Text c="dimmed">{t("notSet")}</Text> : typeof children === "string" ? <Text>{children}</Text> : children}
    </Stack>
  );
}
