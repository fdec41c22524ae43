// The customer register: a search over name, phone, e-mail and messenger. With nothing
// typed the core lists the customers who complained most recently.
import { useState } from "react";
import { Alert, Button, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../../bridge/errors";
import { PageHeader } from "../../../components/PageHeader";
import { useCustomerSearch } from "../../../queries/customers";
import { Loading } from "../../../components/Loading";
import { CustomerListEmpty } from "./CustomerListEmpty";
import { CustomerTable } from "./CustomerTable";

/** Enough for a small shop's recent customers; a search narrows the rest. */
const LIST_LIMIT = 50;

export function CustomerListScreen() {
  const { t } = useTranslation("customers");
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const results = useCustomerSearch(debounced, LIST_LIMIT);

  const found = results.data ?? [];
  const searching = debounced !== "";

  const body = () => {
    if (results.isPending) return <Loading />;
    if (results.isError) {
      return (
        <Alert color="red" title={t("list.loadFailed")}>
          <Text size="sm" mb="sm">
            {errorMessage(t, results.error)}
          </Text>
          <Button size="xs" variant="default" onClick={() => void results.refetch()}>
            {t("common:actions.retry")}
          </Button>
        </Alert>
      );
    }
    if (found.length === 0) {
      return searching ? (
        <Text c="dimmed" data-testid="customer-no-matches">
          {t("list.noMatches", { query: debounced })}
        </Text>
      ) : (
        <CustomerListEmpty />
      );
    }
    return (
      <>
        <Text size="sm" c="dimmed">
          {searching ? t("list.found", { count: found.length }) : t("list.recent")}
        </Text>
        <CustomerTable customers={found} />
      </>
    );
  };

  return (
    <>
      <PageHeader title={t("title")} />
      <Stack gap="md" maw={960}>
        <TextInput
          aria-label={t("list.searchLabel")}
          placeholder={t("list.searchPlaceholder")}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          data-testid="customer-search"
          autoFocus
        />
        {body()}
      </Stack>
    </>
  );
}
