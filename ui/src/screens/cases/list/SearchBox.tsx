// The case search: typed text reaches the query 250 ms after the last key, so the list
// does not reload on every letter.
import { forwardRef, useEffect, useState } from "react";
import { CloseButton, Kbd, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

interface Props {
  value: string;
  onSearch: (value: string) => void;
}

export const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox({ value, onSearch }, ref) {
  const { t } = useTranslation("cases");
  const [text, setText] = useState(value);
  const [debounced] = useDebouncedValue(text, 250);

  useEffect(() => {
    if (debounced !== value) onSearch(debounced);
    // Only a settled new text should search; `value` catching up must not loop.
  }, [debounced]);

  useEffect(() => {
    // The filters were reset or the URL changed from elsewhere: show that text.
    if (value !== debounced) setText(value);
  }, [value]);

  return (
    <TextInput
      ref={ref}
      type="search"
      data-testid="case-search"
      aria-label={t("list.searchLabel")}
      placeholder={t("list.searchPlaceholder")}
      leftSection={<IconSearch size={16} />}
      rightSectionWidth={text ? undefined : 36}
      rightSection={
        text ? (
          <CloseButton size="sm" aria-label={t("common:actions.close")} onClick={() => setText("")} />
        ) : (
          <Kbd size="xs">/</Kbd>
        )
      }
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === "Escape") setText("");
      }}
    />
  );
});
