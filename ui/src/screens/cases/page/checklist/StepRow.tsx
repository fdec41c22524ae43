// One of the eleven steps: a header that says where it stands (done by whom and when,
// skipped and why, not needed, next) and, when open, what it recorded or its form.
import { Badge, Button, Collapse, Group, Paper, Stack, Text, ThemeIcon, UnstyledButton } from "@mantine/core";
import { IconCheck, IconChevronDown, IconChevronRight, IconMinus, IconPlayerSkipForward, IconRotate } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { StepView } from "../../../../bindings";
import { checklistApi } from "../../../../bridge/checklist";
import { formatDateTime } from "../../../../lib/format";
import { useChecklistMutation } from "../../../../queries/checklist";
import { useCaseDesk } from "./context";
import { stepName } from "./labels";
import { StepForm } from "./StepForm";
import { StepValuesList } from "./StepValuesList";

interface StepRowProps {
  step: StepView;
  index: number;
  current: boolean;
  expanded: boolean;
  onToggle: () => void;
}

function StateIcon({ step, current }: { step: StepView; current: boolean }) {
  switch (step.state) {
    case "done":
      return (
        <ThemeIcon size={22} radius="xl" color="teal">
          <IconCheck size={15} />
        </ThemeIcon>
      );
    case "skipped":
      return (
        <ThemeIcon size={22} radius="xl" color="gray" variant="light">
          <IconPlayerSkipForward size={14} />
        </ThemeIcon>
      );
    case "not_applicable":
      return (
        <ThemeIcon size={22} radius="xl" color="gray" variant="light">
          <IconMinus size={14} />
        </ThemeIcon>
      );
    default:
      return (
        <ThemeIcon size={22} radius="xl" color="blue" variant={current ? "filled" : "outline"}>
          <span style={{ fontSize: 11 }} />
        </ThemeIcon>
      );
  }
}

export function StepRow({ step, index, current, expanded, onToggle }: StepRowProps) {
  const { t, i18n } = useTranslation("checklist");
  const { caseId, actorId, zone, askReason } = useCaseDesk();
  const reopen = useChecklistMutation(caseId, (reason: string) =>
    checklistApi.apply(caseId, { action: "reopen", step: step.step, reason }, actorId),
  );
  const settled = step.state === "done" || step.state === "skipped";
  const dim = step.state === "not_applicable" || (step.state === "open" && !step.available);
  const when = step.at ? formatDateTime(step.at, i18n.language, zone) : "";

  let meta: string | null = null;
  if (step.state === "done") meta = t("row.doneBy", { who: step.actor_name ?? "", when });
  else if (step.state === "skipped") meta = t("row.skippedBy", { who: step.actor_name ?? "", when });
  else if (step.state === "not_applicable") meta = t("row.notApplicable");

  const askReopen = () =>
    askReason({
      title: t("reopen.title", { step: stepName(t, step.step) }),
      text: t("reopen.text"),
      confirm: t("reopen.confirm"),
      run: (reason) => reopen.mutateAsync(reason),
    });

  return (
    <Paper
      withBorder
      radius="md"
      data-testid={`step-${step.step}`}
      data-state={step.state}
      style={current ? { borderColor: "var(--mantine-color-blue-5)", borderWidth: 2 } : undefined}
    >
      <UnstyledButton
        onClick={onToggle}
        aria-expanded={expanded}
        data-testid={`step-toggle-${step.step}`}
        style={{ display: "block", width: "100%", padding: "7px 12px", opacity: dim ? 0.6 : 1 }}
      >
        <Group gap="sm" wrap="nowrap">
          <StateIcon step={step} current={current} />
          <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
            <Group gap="xs" justify="space-between" wrap="nowrap">
              <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
                <Text fw={current ? 700 : 600} size="sm">
                  {index + 1}. {stepName(t, step.step)}
                </Text>
                {current && (
                  <Badge size="xs" variant="light" style={{ flexShrink: 0 }}>
                    {t("row.now")}
                  </Badge>
                )}
              </Group>
              {meta && (
                <Text size="xs" c="dimmed" truncate style={{ minWidth: 0 }}>
                  {meta}
                </Text>
              )}
            </Group>
            {step.state === "skipped" && step.reason && !expanded && (
              <Text size="xs" c="dimmed" truncate fs="italic">
                {step.reason}
              </Text>
            )}
          </Stack>
          {expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
        </Group>
      </UnstyledButton>
      <Collapse expanded={expanded} transitionDuration={0}>
        <Stack gap="sm" px={12} pb={12} pt={2}>
          {step.state === "done" && <StepValuesList step={step.step} fields={step.fields} values={step.values} />}
          {step.state === "skipped" && (
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }} data-testid="step-reason">
              {t("row.reason")}: {step.reason}
            </Text>
          )}
          {step.state === "not_applicable" && (
            <Text size="sm" c="dimmed">
              {t([`notApplicable.${step.step}`, "notApplicable.any"])}
            </Text>
          )}
          {step.state === "open" && step.available && expanded && <StepForm step={step} />}
          {step.state === "open" && !step.available && (
            <Text size="sm" c="dimmed">
              {t("row.waitingText")}
            </Text>
          )}
          {settled && (
            <Group>
              <Button variant="subtle" size="xs" color="gray" leftSection={<IconRotate size={14} />} onClick={askReopen} data-testid="step-reopen">
                {t("actions.reopen")}
              </Button>
            </Group>
          )}
        </Stack>
      </Collapse>
    </Paper>
  );
}
