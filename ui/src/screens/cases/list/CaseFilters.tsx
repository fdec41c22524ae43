// Filters and order of the case list; each change goes straight into the URL.
import { Group, Select, Switch } from "@mantine/core";
import { MonthPickerInput } from "@mantine/dates";
import { useTranslation } from "react-i18next";
import { CASE_SORTS, CASE_STATUSES, CHANNELS, type CaseSort, type CaseStatus, type Channel } from "../../../bindings";
import { monthOf } from "../../../lib/dates";
import { categoryLabel } from "../../../lib/format";
import { useCategories } from "../../../queries/settings";
import type { ListFilters } from "./listParams";

interface Props {
  filters: ListFilters;
  onChange: (change: Partial<ListFilters>) => void;
}

export function CaseFilters({ filters, onChange }: Props) {
  const { t } = useTranslation("cases");
  // Archived categories still label old cases, so they stay filterable.
  const categories = useCategories(true);
  const any = t("filters.any");

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label={t("filters.status")}
        placeholder={any}
        clearable
        w={170}
        data={CASE_STATUSES.map((s) => ({ value: s, label: t(`common:status.${s}`) }))}
        value={filters.status}
        onChange={(value) => onChange({ status: value as CaseStatus | null })}
      />
      <Select
        label={t("filters.category")}
        placeholder={any}
        clearable
        searchable
        w={220}
        data={(categories.data ?? []).map((c) => ({ value: c.id, label: categoryLabel(c, t) }))}
        value={filters.categoryId}
        onChange={(value) => onChange({ categoryId: value })}
      />
      <Select
        label={t("filters.channel")}
        placeholder={any}
        clearable
        w={170}
        data={CHANNELS.map((c) => ({ value: c, label: t(`common:channel.${c}`) }))}
        value={filters.channel}
        onChange={(value) => onChange({ channel: value as Channel | null })}
      />
      <MonthPickerInput
        label={t("filters.month")}
        placeholder={any}
        clearable
        w={170}
        value={filters.month ? `${filters.month}-01` : null}
        onChange={(value) => onChange({ month: monthOf(value) })}
      />
      <Select
        label={t("filters.sort")}
        w={210}
        allowDeselect={false}
        data={CASE_SORTS.map((s) => ({ value: s, label: t(`sort.${s}`) }))}
        value={filters.sort}
        onChange={(value) => value && onChange({ sort: value as CaseSort })}
      />
      <Switch
        label={t("filters.overdueOnly")}
        checked={filters.overdueOnly}
        onChange={(event) => onChange({ overdueOnly: event.currentTarget.checked })}
        mb={8}
      />
    </Group>
  );
}
