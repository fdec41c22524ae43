import { Button, EmptyState } from "@mantine/core";
import { IconInbox, IconPlus } from "@tabler/icons-react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";

/** No cases at all yet: say what to do next and offer it. */
export function CaseListEmpty() {
  const { t } = useTranslation("cases");
  return (
    <EmptyState
      data-testid="case-list-empty"
      mt="xl"
      variant="light"
      icon={<IconInbox size={28} />}
      title={t("list.emptyTitle")}
      description={t("list.emptyText")}
    >
      <EmptyState.Actions>
        <Button component={Link} to="/cases/new" leftSection={<IconPlus size={16} />}>
          {t("list.new")}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
