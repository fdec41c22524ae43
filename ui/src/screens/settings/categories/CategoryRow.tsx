// One category: its name (translated for a starting one the owner has not renamed), renamed
// in place, archived or brought back. Archived ones are greyed.
import { useState } from "react";
import { ActionIcon, Button, Group, Paper, Text, TextInput } from "@mantine/core";
import { getHotkeyHandler } from "@mantine/hooks";
import { IconArchive, IconArchiveOff, IconCheck, IconPencil, IconX } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { LIMITS, type Category } from "../../../bindings";
import { fieldMessage } from "../../../bridge/errors";
import { categoryLabel } from "../../../lib/format";
import { checkCategoryName } from "./categoryName";
import { nameErrorMessage } from "./nameError";

interface Props {
  category: Category;
  rename: (name: string) => Promise<unknown>;
  setArchived: (archived: boolean) => Promise<unknown>;
}

export function CategoryRow({ category, rename, setArchived }: Props) {
  const { t, i18n } = useTranslation("settings");
  const lang = i18n.language;
  const label = categoryLabel(category, t);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(label);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const startEditing = () => {
    setDraft(label);
    setError(null);
    setEditing(true);
  };

  const saveName = async () => {
    const problem = checkCategoryName(draft);
    if (problem) return setError(fieldMessage(t, lang, problem));
    // Unchanged: leave a starting category's name unset, so it keeps following the language.
    if (draft.trim() === label) return setEditing(false);
    setBusy(true);
    try {
      await rename(draft.trim());
      setEditing(false);
    } catch (err) {
      setError(nameErrorMessage(t, lang, err));
    } finally {
      setBusy(false);
    }
  };

  const toggleArchived = async () => {
    setBusy(true);
    setError(null);
    try {
      await setArchived(!category.archived);
    } catch (err) {
      setError(nameErrorMessage(t, lang, err));
    } finally {
      setBusy(false);
    }
  };

  // The starting name, for a starting category the owner renamed.
  const original = category.code && category.name ? t(`common:category.${category.code}`) : null;

  return (
    <Paper withBorder radius="md" px="md" py="xs" data-testid="category-row" data-archived={category.archived}>
      {editing ? (
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            aria-label={t("categories.nameLabel")}
            value={draft}
            onChange={(event) => setDraft(event.currentTarget.value)}
            onKeyDown={getHotkeyHandler([
              ["Enter", () => void saveName()],
              ["Escape", () => setEditing(false)],
            ])}
            error={error}
            maxLength={LIMITS.categoryName}
            autoFocus
            style={{ flex: 1 }}
            data-testid="category-name-input"
          />
          <ActionIcon
            variant="light"
            size="lg"
            loading={busy}
            onClick={() => void saveName()}
            aria-label={t("categories.saveName")}
          >
            <IconCheck size={18} />
          </ActionIcon>
          <ActionIcon variant="subtle" color="gray" size="lg" onClick={() => setEditing(false)} aria-label={t("common:actions.cancel")}>
            <IconX size={18} />
          </ActionIcon>
        </Group>
      ) : (
        <Group justify="space-between" wrap="nowrap">
          <div>
            <Text size="sm" fw={500} c={category.archived ? "dimmed" : undefined}>
              {label}
            </Text>
            {original && (
              <Text size="xs" c="dimmed">
                {t("categories.originally", { name: original })}
              </Text>
            )}
            {error && (
              <Text size="xs" c="red">
                {error}
              </Text>
            )}
          </div>
          <Group gap={4} wrap="nowrap">
            {!category.archived && (
              <Button variant="subtle" size="xs" leftSection={<IconPencil size={14} />} onClick={startEditing}>
                {t("categories.rename")}
              </Button>
            )}
            <Button
              variant="subtle"
              color="gray"
              size="xs"
              loading={busy}
              leftSection={category.archived ? <IconArchiveOff size={14} /> : <IconArchive size={14} />}
              onClick={() => void toggleArchived()}
              data-testid={category.archived ? "category-unarchive" : "category-archive"}
            >
              {category.archived ? t("categories.unarchive") : t("categories.archive")}
            </Button>
          </Group>
        </Group>
      )}
    </Paper>
  );
}
