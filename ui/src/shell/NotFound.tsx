import { Button, Stack, Title } from "@mantine/core";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start">
      <Title order={2}>{t("notFound.title")}</Title>
      <Button component={Link} to="/cases" variant="light">
        {t("notFound.action")}
      </Button>
    </Stack>
  );
}
