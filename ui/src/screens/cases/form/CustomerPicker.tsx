// Finds a customer in the register as the owner types a name, phone or e-mail. The core
// does the matching (Cyrillic and Latin, prefixes), so the select shows its answer unfiltered.
import { useMemo, useState } from "react";
import { Badge, Group, Select, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { CustomerSummary } from "../../../bindings";
import { useCustomerSearch } from "../../../queries/customers";

interface Props {
  value: string | null;
  onChange: (id: string | null) => void;
  /** The customer already on the case, shown before any search. */
  initial: CustomerSummary | null;
  error?: React.ReactNode;
  /** What is typed in the search, so "New customer" can start from it. */
  onSearchTextChange?: (text: string) => void;
  autoFocus?: boolean;
}

function CustomerFacts({ customer }: { customer: CustomerSummary }) {
  const { t } = useTranslation("cases");
  const contacts = [customer.phone, customer.email].filter(Boolean).join(" · ");
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="xs" c="dimmed" truncate>
        {[contacts, t("form.customerCases", { count: customer.case_count })].filter(Boolean).join(" · ")}
      </Text>
      {customer.repeat_complainant && (
        <Badge size="xs" color="orange">
          {t("form.repeat")}
        </Badge>
      )}
    </Group>
  );
}

export function CustomerPicker({ value, onChange, initial, error, onSearchTextChange, autoFocus }: Props) {
  const { t } = useTranslation("cases");
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 200);
  const [known, setKnown] = useState<Record<string, CustomerSummary>>(() => (initial ? { [initial.id]: initial } : {}));
  const results = useCustomerSearch(debounced, 20);

  const found = results.data ?? [];
  const selected = value ? (known[value] ?? found.find((c) => c.id === value) ?? null) : null;
  const byId = useMemo(() => {
    const map = new Map<string, CustomerSummary>();
    // The chosen customer stays an option even when the latest search does not match it.
    if (selected) map.set(selected.id, selected);
    for (const c of found) map.set(c.id, c);
    return map;
  }, [found, selected]);

  return (
    <Stack gap={4}>
      <Select
        label={t("form.customer")}
        placeholder={t("form.customerPlaceholder")}
        required
        searchable
        clearable
        autoFocus={autoFocus}
        leftSection={<IconSearch size={16} />}
        data-testid="customer-picker"
        data={[...byId.values()].map((c) => ({ value: c.id, label: c.display_name }))}
        value={value}
        onChange={(id) => {
          const picked = id ? byId.get(id) : undefined;
          if (picked) setKnown((prev) => ({ ...prev, [picked.id]: picked }));
          onChange(id);
        }}
        searchValue={search}
        onSearchChange={(text) => {
          setSearch(text);
          onSearchTextChange?.(text);
        }}
        filter={({ options }) => options}
        nothingFoundMessage={debounced.trim() ? t("form.customerNothingFound") : undefined}
        renderOption={({ option }) => {
          const customer = byId.get(option.value);
          return (
            <Stack gap={0}>
              <Text size="sm">{option.label}</Text>
              {customer && <CustomerFacts customer={customer} />}
            </Stack>
          );
        }}
        error={error}
      />
      {selected && !error && <CustomerFacts customer={selected} />}
    </Stack>
  );
}
