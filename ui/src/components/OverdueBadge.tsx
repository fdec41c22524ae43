import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="red" variant="filled" data-testid="overdue" tt="none" styles={{ label: { overflow: "visible" } }}>
      {t("overdue")}
    </Badge>
  );
}
