import { Badge, type MantineColor } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CaseStatus } from "../bindings";

// Open cases in cool colours, settled ones green or grey: the eye finds what is still open.
export const STATUS_COLORS: Record<CaseStatus, MantineColor> = {
  new: "blue",
  acknowledged: "cyan",
  investigating: "yellow",
  awaiting_customer: "grape",
  resolved: "teal",
  closed: "gray",
};

export function StatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    // Sentence case and no ellipsis: Russian status words are long and must stay readable.
    <Badge color={STATUS_COLORS[status]} data-status={status} variant="light" tt="none" styles={{ label: { overflow: "visible" } }}>
      {t(`status.${status}`)}
    </Badge>
  );
}
