// Opening hours, one row per weekday (Monday first): open or closed, and from–to.
import { Group, Input, Stack, Switch, Table, Text } from "@mantine/core";
import { TimePicker } from "@mantine/dates";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { TargetValues } from "./targetValues";
import { weekdayNames } from "./weekdays";

export function OpeningHoursFields({ form }: { form: UseFormReturnType<TargetValues> }) {
  const { t, i18n } = useTranslation("settings");
  const names = weekdayNames(i18n.language);
  const overall = form.errors.opening_hours;

  /** A change to a day settles that day's error and the week's. */
  const inputProps = (i: number, key: "open" | "from" | "to") => {
    const props = form.getInputProps(`opening_hours.${i}.${key}`, key === "open" ? { type: "checkbox" } : undefined);
    return {
      ...props,
      onChange: (value: unknown) => {
        props.onChange(value);
        form.clearFieldError(`opening_hours.${i}`);
        form.clearFieldError("opening_hours");
      },
    };
  };

  return (
    <Stack gap={4}>
      <Table withRowBorders={false} verticalSpacing={6} horizontalSpacing="sm" w="auto" data-testid="opening-hours">
        <Table.Tbody>
          {form.values.opening_hours.map((day, i) => {
            const error = form.errors[`opening_hours.${i}`];
            const name = names[i] ?? "";
            return (
              <Table.Tr key={i} data-testid={`opening-day-${i}`}>
                <Table.Td w={170} pl={0} style={{ verticalAlign: "top" }}>
                  <Switch
                    mt={8}
                    label={name}
                    {...inputProps(i, "open")}
                    data-testid={`opening-day-${i}-open`}
                  />
                </Table.Td>
                <Table.Td style={{ verticalAlign: "top" }}>
                  {day.open ? (
                    <Stack gap={2}>
                      <Group gap="xs" wrap="nowrap">
                        <TimePicker
                          aria-label={t("targets.opensAt", { day: name })}
                          hoursInputLabel={t("targets.opensAtHours", { day: name })}
                          minutesInputLabel={t("targets.opensAtMinutes", { day: name })}
                          w={96}
                          {...inputProps(i, "from")}
                          error={Boolean(error)}
                          data-testid={`opening-day-${i}-from`}
                        />
                        <Text c="dimmed" aria-hidden>
                          –
                        </Text>
                        <TimePicker
                          aria-label={t("targets.closesAt", { day: name })}
                          hoursInputLabel={t("targets.closesAtHours", { day: name })}
                          minutesInputLabel={t("targets.closesAtMinutes", { day: name })}
                          w={96}
                          {...inputProps(i, "to")}
                          error={Boolean(error)}
                          data-testid={`opening-day-${i}-to`}
                        />
                      </Group>
                      {error && <Input.Error data-testid={`opening-day-${i}-error`}>{error}</Input.Error>}
                    </Stack>
                  ) : (
                    <Text size="sm" c="dimmed" lh="36px">
                      {t("targets.closed")}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {overall && <Input.Error data-testid="opening-hours-error">{overall}</Input.Error>}
    </Stack>
  );
}
