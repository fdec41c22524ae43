// Where the resolution checklist will live. Deliberately empty: no pretend steps until the
// real checklist (and its backend) exists.
import { Card, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function ChecklistPlaceholder() {
  const { t } = useTranslation("cases");
  return (
    <Card data-testid="case-checklist-placeholder" style={{ borderStyle: "dashed" }}>
      <Title order={3} size="h5" mb="xs">
        {t("page.checklistTitle")}
      </Title>
      <Text size="sm" c="dimmed">
        {t("page.checklistText")}
      </Text>
    </Card>
  );
}
