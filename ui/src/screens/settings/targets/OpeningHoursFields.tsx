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

  return (
    <Stack gap={4}>
      <Table withRowBorders={false} verticalSpacing={6} horizontalSpacing="sm" w="auto" data-testid="opening-hours">
        <Table.Tbody>
          {form.values.opening_hours.map((day, i) => {
            const error = form.errors[`opening_hours.${i}`];
            const name = names[i] ?? "";
            return (
              <Table.Tr key={i} data-testid={`opening-day-${i}`}>
                <Table.Td w={170}>
                  <Switch
                    label={name}
                    {...form.getInputProps(`opening_hours.${i}.open`, { type: "checkbox" })}
                    data-testid={`opening-day-${i}-open`}
                  />
                </Table.Td>
                <Table.Td>
                  {day.open ? (
                    <Stack gap={2}>
                      <Group gap="xs" wrap="nowrap">
                        <TimePicker
                          aria-label={t("targets.opensAt", { day: name })}
                          hoursInputLabel={t("targets.opensAtHours", { day: name })}
                          minutesInputLabel={t("targets.opensAtMinutes", { day: name })}
                          w={96}
                          {...form.getInputProps(`opening_hours.${i}.from`)}
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
                          {...form.getInputProps(`opening_hours.${i}.to`)}
                          error={Boolean(error)}
                          data-testid={`opening-day-${i}-to`}
                        />
                      </Group>
                      {error && <Input.Error data-testid={`opening-day-${i}-error`}>{error}</Input.Error>}
                    </Stack>
                  ) : (
                    <Text size="sm" c="dimmed">
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
