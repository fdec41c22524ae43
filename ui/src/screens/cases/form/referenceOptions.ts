// Options for the category and staff selects: the active ones, plus whatever the case
// already had (an archived category, a former employee), which the core lets it keep.
import { useTranslation } from "react-i18next";
import type { CategoryRef, StaffRef } from "../../../bindings";
import { categoryLabel } from "../../../lib/format";
import { useCategories, useStaff } from "../../../queries/settings";

export interface Option {
  value: string;
  label: string;
}

export function useCategoryOptions(keep: CategoryRef | null): { options: Option[]; loading: boolean } {
  const { t } = useTranslation("cases");
  const categories = useCategories(false);
  const options = (categories.data ?? []).map((c) => ({ value: c.id, label: categoryLabel(c, t) }));
  if (keep && !options.some((o) => o.value === keep.id)) {
    options.push({ value: keep.id, label: t("form.archivedCategory", { name: categoryLabel(keep, t) }) });
  }
  return { options, loading: categories.isPending };
}

export function useStaffOptions(keep: (StaffRef | null)[]): { options: Option[]; loading: boolean } {
  const { t } = useTranslation("cases");
  const staff = useStaff(false);
  const options = (staff.data ?? []).map((s) => ({ value: s.id, label: s.role ? `${s.name} — ${s.role}` : s.name }));
  for (const ref of keep) {
    if (ref && !options.some((o) => o.value === ref.id)) {
      options.push({ value: ref.id, label: t("form.formerStaff", { name: ref.name }) });
    }
  }
  return { options, loading: staff.isPending };
}
