// The edit and remove buttons of a ledger row (compensation, corrective action). Removing
// asks for a reason first: the removal is recorded in the timeline.
import { ActionIcon, Group, Tooltip } from "@mantine/core";
import { IconPencil, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

export function ItemActions({ onEdit, onRemove }: { onEdit: () => void; onRemove: () => void }) {
  const { t } = useTranslation("checklist");
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={t("common:actions.edit")}>
        <ActionIcon variant="subtle" color="gray" onClick={onEdit} aria-label={t("common:actions.edit")}>
          <IconPencil size={16} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t("actions.remove")}>
        <ActionIcon variant="subtle" color="red" aria-label={t("actions.remove")} onClick={onRemove}>
          <IconTrash size={16} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
