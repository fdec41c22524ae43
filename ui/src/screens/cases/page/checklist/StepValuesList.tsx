// What a settled step recorded, each value as the owner reads it.
import { SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { FieldDef, StepCode } from "../../../../bindings";
import { formatDateTime } from "../../../../lib/format";
import { Fact } from "../Fact";
import { useCaseDesk } from "./context";
import { choiceLabel, fieldLabel } from "./labels";

/** One recorded value as text; null when there is nothing to show. */
export function useValueText() {
  const { t, i18n } = useTranslation("checklist");
  const { zone } = useCaseDesk();
  return (def: Pick<FieldDef, "key" | "kind">, value: unknown): string | null => {
    if (value === null || value === undefined || value === "") return null;
    switch (def.kind.kind) {
      case "date_time":
        return typeof value === "string" ? formatDateTime(value, i18n.language, zone) : String(value);
      case "bool":
        return value === true ? t("yes") : t("no");
      case "rating":
        return t("ratingOf", { value: String(value) });
      case "minutes":
        return t("minutes", { count: Number(value) });
      case "choice":
        return choiceLabel(t, def.key, String(value));
      default:
        return String(value);
    }
  };
}

export function StepValuesList({ step, fields, values }: { step: StepCode; fields: FieldDef[]; values: Record<string, unknown> }) {
  const { t } = useTranslation("checklist");
  const text = useValueText();
  const shown = fields.map((def) => ({ def, text: text(def, values[def.key]) })).filter((f) => f.text !== null);
  if (shown.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("nothingRecorded")}
      </Text>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
      {shown.map(({ def, text: value }) => {
        const long = def.kind.kind === "long_text";
        return (
          <div key={def.key} style={long ? { gridColumn: "1 / -1" } : undefined}>
            <Fact label={fieldLabel(t, step, def.key)}>
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                {value}
              </Text>
            </Fact>
          </div>
        );
      })}
    </SimpleGrid>
  );
}
