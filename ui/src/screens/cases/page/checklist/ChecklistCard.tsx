// The eleven steps, in order. The current step is open; any other step opens on a click
// (done ones show what was recorded, available ones their form).
import { useEffect, useState } from "react";
import { Card, Group, Progress, Select, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CaseChecklist, StaffRef, StepCode } from "../../../../bindings";
import { useStaffOptions } from "../../form/referenceOptions";
import { StepRow } from "./StepRow";

/** The "Done by" select's value for the owner (the core takes null). */
export const OWNER = "owner";

interface ChecklistCardProps {
  checklist: CaseChecklist;
  actor: string;
  onActorChange: (value: string) => void;
  keepStaff: (StaffRef | null)[];
}

export function ChecklistCard({ checklist, actor, onActorChange, keepStaff }: ChecklistCardProps) {
  const { t } = useTranslation("checklist");
  const staff = useStaffOptions(keepStaff);
  const [expanded, setExpanded] = useState<Set<StepCode>>(() => new Set(checklist.current ? [checklist.current] : []));

  // When the case moves on, the new current step opens and the finished one folds away.
  useEffect(() => {
    setExpanded(new Set(checklist.current ? [checklist.current] : []));
  }, [checklist.current]);

  const toggle = (step: StepCode) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (next.has(step)) next.delete(step);
      else next.add(step);
      return next;
    });

  const settled = checklist.steps.filter((s) => s.state !== "open").length;
  const actorOptions = [{ value: OWNER, label: t("actor.owner") }, ...staff.options];

  return (
    <Card data-testid="checklist">
      <Group justify="space-between" align="flex-end" mb="sm" wrap="nowrap">
        <Stack gap={4} style={{ flex: 1 }}>
          <Title order={3} size="h5">
            {t("title")}
          </Title>
          <Group gap="xs" wrap="nowrap">
            <Progress value={(settled / checklist.steps.length) * 100} size="sm" w={80} aria-hidden />
            <Text size="xs" c="dimmed">
              {t("progress", { done: settled, total: checklist.steps.length })}
            </Text>
          </Group>
        </Stack>
        <Select
          label={t("actor.label")}
          data={actorOptions}
          value={actor}
          onChange={(value) => onActorChange(value ?? OWNER)}
          allowDeselect={false}
          size="xs"
          w={190}
          data-testid="checklist-actor"
        />
      </Group>
      <Stack gap={6}>
        {checklist.steps.map((step, index) => (
          <StepRow
            key={step.step}
            step={step}
            index={index}
            current={checklist.current === step.step}
            expanded={expanded.has(step.step)}
            onToggle={() => toggle(step.step)}
          />
        ))}
      </Stack>
    </Card>
  );
}
