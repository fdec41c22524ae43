// Filters and order of the case list; each change goes straight into the URL.
import { Badge, CloseButton, Group, Select, Switch } from "@mantine/core";
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
      <DrillDownBadge filters={filters} onClear={() => onChange({ rootCause: null, verdict: null, staffInvolvedId: null, product: null })} />
    </Group>
  );
}

/** A list opened from a bar of the monthly review says so, and the filter can be dropped. */
function DrillDownBadge({ filters, onClear }: { filters: ListFilters; onClear: () => void }) {
  const { t } = useTranslation("cases");
  const notRecorded = t("filters.notRecorded");
  const parts = [
    filters.rootCause && `${t("filters.rootCause")}: ${filters.rootCause === "none" ? notRecorded : t(`checklist:choice.root_cause.${filters.rootCause}`)}`,
    filters.verdict && `${t("filters.verdict")}: ${filters.verdict === "none" ? notRecorded : t(`checklist:choice.verdict.${filters.verdict}`)}`,
    filters.staffInvolvedId && t("filters.staffInvolved"),
    filters.product && `${t("filters.product")}: ${filters.product}`,
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <Badge
      size="lg"
      variant="light"
      mb={6}
      data-testid="drill-down-filter"
      rightSection={<CloseButton size="xs" aria-label={t("filters.clearDrillDown")} onClick={onClear} />}
    >
      {parts.join(" · ")}
    </Badge>
  );
}
