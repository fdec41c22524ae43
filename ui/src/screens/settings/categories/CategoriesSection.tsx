// The complaint categories: the starting list plus the owner's own. Archived ones are not
// offered for new cases but stay on old ones, so they are hidden behind a switch, not deleted.
import { useState } from "react";
import { Alert, Card, Center, Loader, Stack, Switch, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../../bridge/errors";
import { useCategories, useCreateCategory, useRenameCategory, useSetCategoryArchived } from "../../../queries/settings";
import { AddCategoryForm } from "./AddCategoryForm";
import { CategoryRow } from "./CategoryRow";

export function CategoriesSection() {
  const { t } = useTranslation("settings");
  const all = useCategories(true);
  const create = useCreateCategory();
  const rename = useRenameCategory();
  const archive = useSetCategoryArchived();
  const [showArchived, setShowArchived] = useState(false);

  if (all.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t("common:loading")} />
      </Center>
    );
  }
  if (all.isError) return <Alert color="red">{errorMessage(t, all.error)}</Alert>;

  const active = all.data.filter((c) => !c.archived);
  const archived = all.data.filter((c) => c.archived);
  const row = (c: (typeof all.data)[number]) => (
    <CategoryRow
      key={c.id}
      category={c}
      rename={(name) => rename.mutateAsync({ id: c.id, input: { name } })}
      setArchived={(value) => archive.mutateAsync({ id: c.id, archived: value })}
    />
  );

  return (
    <Card>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t("categories.intro")}
        </Text>
        <Stack gap="xs" data-testid="categories-active">
          {active.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t("categories.noneActive")}
            </Text>
          ) : (
            active.map(row)
          )}
        </Stack>
        <AddCategoryForm create={(name) => create.mutateAsync({ name })} />
        {archived.length > 0 && (
          <Switch
            label={t("categories.showArchived", { count: archived.length })}
            checked={showArchived}
            onChange={(event) => setShowArchived(event.currentTarget.checked)}
            data-testid="categories-show-archived"
          />
        )}
        {showArchived && archived.length > 0 && (
          <Stack gap="xs" data-testid="categories-archived">
            {archived.map(row)}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
