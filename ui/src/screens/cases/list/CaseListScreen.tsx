// Home screen: every case, newest first, with search, filters and pages.
import { useRef } from "react";
import { Alert, Button, Center, Group, Loader, Pagination, Stack, Text } from "@mantine/core";
import { useHotkeys } from "@mantine/hooks";
import { IconPlus } from "@tabler/icons-react";
import { Link, useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../../bridge/errors";
import { PageHeader } from "../../../components/PageHeader";
import { useCaseList } from "../../../queries/cases";
import { CaseFilters } from "./CaseFilters";
import { CaseListEmpty } from "./CaseListEmpty";
import { CaseTable } from "./CaseTable";
import { PAGE_SIZE, isFiltered, toQuery } from "./listParams";
import { SearchBox } from "./SearchBox";
import { useListFilters } from "./useListFilters";

export function CaseListScreen() {
  const { t } = useTranslation("cases");
  const navigate = useNavigate();
  const searchRef = useRef<HTMLInputElement>(null);
  const { filters, update, reset } = useListFilters();
  const list = useCaseList(toQuery(filters));

  const focusSearch = () => {
    searchRef.current?.focus();
    searchRef.current?.select();
  };
  const newCase = () => navigate("/cases/new");
  // Physical keys, so the shortcuts work with a Russian keyboard layout too.
  useHotkeys([
    ["/", focusSearch],
    ["n", newCase, { usePhysicalKeys: true }],
  ]);
  // With a modifier they also work while typing in a field.
  useHotkeys(
    [
      ["mod+k", focusSearch, { usePhysicalKeys: true }],
      ["mod+n", newCase, { usePhysicalKeys: true }],
    ],
    [],
  );

  const total = list.data?.total ?? 0;
  const filtered = isFiltered(filters);
  const nothingYet = list.isSuccess && total === 0 && !filtered;

  return (
    <Stack gap="md" data-testid="case-list">
      <PageHeader title={t("list.title")}>
        <Button component={Link} to="/cases/new" leftSection={<IconPlus size={16} />} data-testid="new-case">
          {t("list.new")}
        </Button>
      </PageHeader>

      {nothingYet ? (
        <CaseListEmpty />
      ) : (
        <>
          <SearchBox ref={searchRef} value={filters.search} onSearch={(search) => update({ search })} />
          <CaseFilters filters={filters} onChange={update} />
          {list.isError && (
            <Alert color="red">
              <Group justify="space-between">
                <Text size="sm">{errorMessage(t, list.error)}</Text>
                <Button size="xs" variant="light" color="red" onClick={() => void list.refetch()}>
                  {t("common:actions.retry")}
                </Button>
              </Group>
            </Alert>
          )}
          {list.isPending && (
            <Center py="xl">
              <Loader aria-label={t("common:loading")} />
            </Center>
          )}
          {list.isSuccess && total === 0 && (
            <Stack align="flex-start" py="lg" data-testid="case-list-no-matches">
              <Text c="dimmed">{t("list.noMatches")}</Text>
              <Button variant="light" onClick={reset}>
                {t("list.resetFilters")}
              </Button>
            </Stack>
          )}
          {list.data && total > 0 && (
            <>
              <CaseTable items={list.data.items} />
              <Group justify="space-between">
                <Text size="sm" c="dimmed">
                  {t(list.data.total_capped ? "list.totalCapped" : "list.total", { count: total })} ·{" "}
                  {t("list.shortcuts")}
                </Text>
                {total > PAGE_SIZE && (
                  <Pagination
                    total={Math.ceil(total / PAGE_SIZE)}
                    value={filters.page}
                    onChange={(page) => update({ page })}
                  />
                )}
              </Group>
            </>
          )}
        </>
      )}
    </Stack>
  );
}
