// Adds the owner's own category at the end of the list.
import { useState } from "react";
import { Button, Group, TextInput } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { LIMITS } from "../../../bindings";
import { fieldMessage } from "../../../bridge/errors";
import { checkCategoryName } from "./categoryName";
import { nameErrorMessage } from "./nameError";

export function AddCategoryForm({ create }: { create: (name: string) => Promise<unknown> }) {
  const { t, i18n } = useTranslation("settings");
  const lang = i18n.language;
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const problem = checkCategoryName(name);
    if (problem) return setError(fieldMessage(t, lang, problem));
    setBusy(true);
    try {
      await create(name.trim());
      setName("");
      setError(null);
    } catch (err) {
      setError(nameErrorMessage(t, lang, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      data-testid="category-add-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Group align="flex-start" gap="sm">
        <TextInput
          name="name"
          label={t("categories.newLabel")}
          placeholder={t("categories.newPlaceholder")}
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setError(null);
          }}
          error={error}
          maxLength={LIMITS.categoryName}
          style={{ flex: 1, maxWidth: 420 }}
        />
        <Button type="submit" variant="light" mt={25} loading={busy} leftSection={<IconPlus size={16} />} data-testid="category-add">
          {t("categories.add")}
        </Button>
      </Group>
    </form>
  );
}
