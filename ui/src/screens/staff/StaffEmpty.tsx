import { EmptyState } from "@mantine/core";
import { IconUsersGroup } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

/** No staff yet: say what they are for. The header keeps the one "Add" action. */
export function StaffEmpty() {
  const { t } = useTranslation("staff");
  return (
    <EmptyState
      data-testid="staff-empty"
      mt="xl"
      variant="light"
      icon={<IconUsersGroup size={28} />}
      title={t("emptyTitle")}
      description={t("emptyText")}
    />
  );
}
