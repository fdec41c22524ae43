import { Button, EmptyState } from "@mantine/core";
import { IconUserHeart } from "@tabler/icons-react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";

/** No customers yet: they are added by recording a case, so point there. */
export function CustomerListEmpty() {
  const { t } = useTranslation("customers");
  return (
    <EmptyState
      data-testid="customer-list-empty"
      mt="xl"
      variant="light"
      icon={<IconUserHeart size={28} />}
      title={t("list.emptyTitle")}
      description={t("list.emptyText")}
    >
      <EmptyState.Actions>
        <Button component={Link} to="/cases" variant="light">
          {t("list.toCases")}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
