import { Button, EmptyState } from "@mantine/core";
import { IconCircleCheck, IconPlus } from "@tabler/icons-react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";

/** Nothing due: say so plainly and offer what comes next. */
export function TodayEmpty() {
  const { t } = useTranslation("today");
  return (
    <EmptyState
      data-testid="today-empty"
      mt="xl"
      variant="light"
      icon={<IconCircleCheck size={28} />}
      title={t("empty.title")}
      description={t("empty.text")}
    >
      <EmptyState.Actions>
        <Button component={Link} to="/cases/new" leftSection={<IconPlus size={16} />} data-testid="today-new-case">
          {t("empty.newCase")}
        </Button>
        <Button component={Link} to="/cases" variant="default">
          {t("empty.allCases")}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
