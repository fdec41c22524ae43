// Which clock makes a case due: the shop's own target, or the consumer-law deadline.
import { Badge } from "@mantine/core";
import { IconBuildingStore, IconScale } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { DueClock } from "../../bindings";

export function ClockBadge({ clock }: { clock: DueClock }) {
  const { t } = useTranslation("today");
  const legal = clock === "legal";
  const Icon = legal ? IconScale : IconBuildingStore;
  return (
    <Badge
      color={legal ? "orange" : "gray"}
      variant={legal ? "light" : "default"}
      leftSection={<Icon size={12} aria-hidden />}
      tt="none"
      data-clock={clock}
      title={t(`clock.${clock}Hint`)}
      styles={{ label: { overflow: "visible" } }}
    >
      {t(`clock.${clock}`)}
    </Badge>
  );
}
