// Filters and order of the case list; each change goes straight into the URL.
// Native selects: the list is the start screen, and the four searchable pickers and the
// month calendar it had took about a tenth of a second of its first frame (measured on the
// 2-core VM); a native select is keyboard-friendly and types ahead as well.
import { Badge, CloseButton, Group, NativeSelect, Switch } from "@mantine/core";
import type { ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { CASE_SORTS, CASE_STATUSES, CHANNELS, type CaseSort, type CaseStatus, type Channel } from "../../../bindings";
import { todayIn } from "../../../lib/dates";
import { categoryLabel } from "../../../lib/format";
import { useCategories, useShop } from "../../../queries/settings";
import { useFirstScreenShown } from "../../../startup/painted";
import type { ListFilters } from "./listParams";
import { monthOptions } from "./monthOptions";

interface Props {
  filters: ListFilters;
  onChange: (change: Partial<ListFilters>) => void;
}

/** The chosen value, or null for the "All" choice (an empty value). */
function chosen(event: ChangeEvent<HTMLSelectElement>): string | null {
  return event.currentTarget.value || null;
}

export function CaseFilters({ filters, onChange }: Props) {
  const { t, i18n } = useTranslation("cases");
  // Archived categories still label old cases, so they stay filterable.
  const categories = useCategories(true);
  const shop = useShop();
  const all = { value: "", label: t("filters.any") };
  // The month choices wait for the first screen to be on view: working out the shop's
  // "today" is the first use of a time-zone formatter, which loads ICU's time-zone data
  // (~10 ms of the start screen's first frame). Until then only the chosen month is listed.
  const shown = useFirstScreenShown();
  const months = shown
    ? monthOptions(todayIn(shop?.time_zone).slice(0, 7), i18n.language, filters.month)
    : monthOptions("", i18n.language, filters.month, 0); // no months back: the chosen one only

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <NativeSelect
        label={t("filters.status")}
        w={170}
        data={[all, ...CASE_STATUSES.map((s) => ({ value: s, label: t(`common:status.${s}`) }))]}
        value={filters.status ?? ""}
        onChange={(event) => onChange({ status: chosen(event) as CaseStatus | null })}
        data-testid="filter-status"
      />
      <NativeSelect
        label={t("filters.category")}
        w={220}
        data={[all, ...(categories.data ?? []).map((c) => ({ value: c.id, label: categoryLabel(c, t) }))]}
        value={filters.categoryId ?? ""}
        onChange={(event) => onChange({ categoryId: chosen(event) })}
        data-testid="filter-category"
      />
      <NativeSelect
        label={t("filters.channel")}
        w={170}
        data={[all, ...CHANNELS.map((c) => ({ value: c, label: t(`common:channel.${c}`) }))]}
        value={filters.channel ?? ""}
        onChange={(event) => onChange({ channel: chosen(event) as Channel | null })}
        data-testid="filter-channel"
      />
      <NativeSelect
        label={t("filters.month")}
        w={190}
        data={[all, ...months]}
        value={filters.month ?? ""}
        onChange={(event) => onChange({ month: chosen(event) })}
        data-testid="filter-month"
      />
      <NativeSelect
        label={t("filters.sort")}
        w={210}
        data={CASE_SORTS.map((s) => ({ value: s, label: t(`sort.${s}`) }))}
        value={filters.sort}
        onChange={(event) => onChange({ sort: event.currentTarget.value as CaseSort })}
        data-testid="filter-sort"
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
