// The "repeat complainant" marker. The core computes it from the customer's history; the UI
// only shows it, so it is never an input anywhere.
import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function RepeatBadge({ size = "sm" }: { size?: "xs" | "sm" | "md" }) {
  const { t } = useTranslation("customers");
  return (
    <Badge color="orange" size={size} data-testid="repeat-badge" title={t("repeat.rule")}>
      {t("repeat.badge")}
    </Badge>
  );
}
