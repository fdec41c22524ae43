// The case's timeline: every act, who and when. Newest first: the owner opens a case to
// see what happened last and what to do next; a case's story grows over weeks, and the
// oldest events (the intake) are already shown in the facts above.
import { useState } from "react";
import { Alert, Anchor, Button, Card, Group, NumberInput, Stack, Table, Text, Textarea, Timeline, Title } from "@mantine/core";
import { DateTimePicker } from "@mantine/dates";
import { useForm } from "@mantine/form";
import { getHotkeyHandler } from "@mantine/hooks";
import { IconMessage, IconNote, IconPhoneCall } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { LIMITS, type CaseChecklist, type TimelineEvent } from "../../../../bindings";
import { checklistApi, checklistErrorMessage } from "../../../../bridge/checklist";
import { applyFieldErrors, toErrorPayload } from "../../../../bridge/errors";
import { nowForPicker, pickerToRfc3339 } from "../../../../lib/dates";
import { formatDateTime, formatMoney } from "../../../../lib/format";
import { useChecklistMutation, useTimeline } from "../../../../queries/checklist";
import { useCaseDesk } from "./context";
import { stepName } from "./labels";
import { StepValuesList } from "./StepValuesList";
import { eventLine, plainValue } from "./timelineText";

type Payload = Record<string, unknown>;
const asObj = (v: unknown): Payload => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Payload) : {});

function Changes({ rows }: { rows: { label: string; old: string; new: string }[] }) {
  const { t } = useTranslation("checklist");
  if (rows.length === 0) return null;
  return (
    <Table fz="xs" withRowBorders={false} verticalSpacing={2} horizontalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th />
          <Table.Th>{t("timeline.old")}</Table.Th>
          <Table.Th>{t("timeline.new")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.label}>
            <Table.Td c="dimmed">{r.label}</Table.Td>
            <Table.Td style={{ whiteSpace: "pre-wrap" }}>{r.old}</Table.Td>
            <Table.Td style={{ whiteSpace: "pre-wrap" }}>{r.new}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function diffRows(t: TFunctionLike, old: Payload, next: Payload, label: (key: string) => string) {
  const skip = new Set(["id", "case_id", "case_number", "created_at", "overdue"]);
  return Object.keys({ ...old, ...next })
    .filter((k) => !skip.has(k) && JSON.stringify(old[k]) !== JSON.stringify(next[k]))
    .map((k) => ({ label: label(k), old: plainValue(t, old[k]), new: plainValue(t, next[k]) }));
}
type TFunctionLike = Parameters<typeof plainValue>[0];

/** What an event shows beneath its line: texts always, longer details on request. */
function EventBody({ event, checklist }: { event: TimelineEvent; checklist: CaseChecklist | undefined }) {
  const { t, i18n } = useTranslation("checklist");
  const { currency, zone } = useCaseDesk();
  const [open, setOpen] = useState(false);
  const p = asObj(event.payload);
  const lang = i18n.language;

  let always: React.ReactNode = null;
  let details: React.ReactNode = null;
  switch (event.kind) {
    case "note":
      always = <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>{String(p.text ?? "")}</Text>;
      break;
    case "call": {
      const at = typeof p.at === "string" ? formatDateTime(p.at, lang, zone) : "";
      const minutes = typeof p.duration_minutes === "number" ? t("minutes", { count: p.duration_minutes }) : null;
      always = (
        <Stack gap={0}>
          <Text size="xs" c="dimmed">{[at, minutes].filter(Boolean).join(" · ")}</Text>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>{String(p.summary ?? "")}</Text>
        </Stack>
      );
      break;
    }
    case "step_skipped":
    case "evidence_removed":
    case "compensation_removed":
    case "corrective_removed":
      if (typeof p.reason === "string") always = <Text size="sm" fs="italic">{t("row.reason")}: {p.reason}</Text>;
      break;
    case "step_reopened": {
      const also = Array.isArray(p.also_reopened) ? p.also_reopened.map((s) => stepName(t, String(s))) : [];
      always = (
        <Stack gap={0}>
          {typeof p.reason === "string" && <Text size="sm" fs="italic">{t("row.reason")}: {p.reason}</Text>}
          {also.length > 0 && <Text size="xs" c="dimmed">{t("timeline.alsoReopened", { steps: also.join(", ") })}</Text>}
        </Stack>
      );
      const def = checklist?.steps.find((s) => s.step === event.step);
      const old = asObj(p.old);
      if (def && event.step && Object.keys(asObj(old.values)).length > 0) {
        details = <StepValuesList step={event.step} fields={def.fields} values={asObj(old.values)} />;
      }
      break;
    }
    case "step_done": {
      const def = checklist?.steps.find((s) => s.step === event.step);
      if (def && event.step) details = <StepValuesList step={event.step} fields={def.fields} values={asObj(p.values)} />;
      break;
    }
    case "compensation_changed":
      details = <Changes rows={diffRows(t, asObj(p.old), asObj(p.new), (k) => t([`compensation.${k}`, k]))} />;
      break;
    case "corrective_changed":
      details = <Changes rows={diffRows(t, asObj(p.old), asObj(p.new), (k) => t([`corrective.${k}`, k]))} />;
      break;
    case "case_edited": {
      const changes = asObj(p.changes);
      const rows = Object.entries(changes).map(([k, v]) => ({
        label: t([`cases:page.${k}`, k]),
        old: plainValue(t, asObj(v).old),
        new: plainValue(t, asObj(v).new),
      }));
      details = <Changes rows={rows} />;
      break;
    }
    case "warning_overridden":
      if (typeof p.total_minor === "number" && typeof p.limit_minor === "number") {
        always = (
          <Text size="xs" c="dimmed">
            {t("timeline.overLimit", { total: formatMoney(p.total_minor, currency, lang), limit: formatMoney(p.limit_minor, currency, lang) })}
          </Text>
        );
      }
      break;
  }

  return (
    <Stack gap={2}>
      {always}
      {details && (
        <>
          <Anchor component="button" type="button" size="xs" onClick={() => setOpen((o) => !o)} aria-expanded={open} style={{ alignSelf: "flex-start" }}>
            {open ? t("timeline.hideDetails") : t("timeline.showDetails")}
          </Anchor>
          {open && details}
        </>
      )}
    </Stack>
  );
}

function NoteForm({ onDone }: { onDone: () => void }) {
  const { t, i18n } = useTranslation("checklist");
  const { caseId, actorId } = useCaseDesk();
  const form = useForm({ mode: "controlled", initialValues: { text: "" } });
  const [failure, setFailure] = useState<string | null>(null);
  const add = useChecklistMutation(caseId, (text: string) => checklistApi.addNote(caseId, text, actorId));
  const submit = async ({ text }: { text: string }) => {
    setFailure(null);
    if (!text.trim()) return form.setFieldError("text", t("errors:field.required"));
    try {
      await add.mutateAsync(text.trim());
      onDone();
    } catch (err) {
      const unplaced = applyFieldErrors(form, err, t, i18n.language, { knownFields: ["text"] });
      if (unplaced.length > 0 || toErrorPayload(err).fields.length === 0) setFailure(checklistErrorMessage(t, err));
    }
  };
  return (
    <form noValidate onSubmit={form.onSubmit((v) => void submit(v))} data-testid="note-form">
      <Stack gap="xs" onKeyDown={getHotkeyHandler([["mod+Enter", () => void submit(form.getValues())]])}>
        <Textarea label={t("timeline.note")} autosize minRows={2} maxLength={LIMITS.timelineNote} data-autofocus autoFocus name="text" {...form.getInputProps("text")} />
        {failure && <Alert color="red">{failure}</Alert>}
        <Group gap="xs">
          <Button type="submit" size="xs" loading={add.isPending}>{t("timeline.saveNote")}</Button>
          <Button size="xs" variant="default" onClick={onDone}>{t("common:actions.cancel")}</Button>
        </Group>
      </Stack>
    </form>
  );
}

interface CallValues {
  at: string | null;
  duration_minutes: number | string;
  summary: string;
}

function CallForm({ onDone }: { onDone: () => void }) {
  const { t, i18n } = useTranslation("checklist");
  const { caseId, actorId } = useCaseDesk();
  const form = useForm<CallValues>({ mode: "controlled", initialValues: { at: nowForPicker(), duration_minutes: "", summary: "" } });
  const [failure, setFailure] = useState<string | null>(null);
  const record = useChecklistMutation(caseId, (v: CallValues) =>
    checklistApi.recordCall(
      caseId,
      {
        at: pickerToRfc3339(v.at) ?? "",
        duration_minutes: typeof v.duration_minutes === "number" ? v.duration_minutes : null,
        summary: v.summary.trim(),
      },
      actorId,
    ),
  );
  const submit = async (v: CallValues) => {
    setFailure(null);
    try {
      await record.mutateAsync(v);
      onDone();
    } catch (err) {
      const unplaced = applyFieldErrors(form, err, t, i18n.language, { knownFields: ["at", "duration_minutes", "summary"] });
      if (unplaced.length > 0 || toErrorPayload(err).fields.length === 0) setFailure(checklistErrorMessage(t, err));
    }
  };
  return (
    <form noValidate onSubmit={form.onSubmit((v) => void submit(v))} data-testid="call-form">
      <Stack gap="xs">
        <Group grow align="flex-start">
          <DateTimePicker label={t("timeline.callAt")} required valueFormat="D MMM YYYY, HH:mm" maxDate={new Date()} {...form.getInputProps("at")} />
          <NumberInput label={t("timeline.callMinutes")} min={0} max={600} allowDecimal={false} allowNegative={false} {...form.getInputProps("duration_minutes")} />
        </Group>
        <Textarea label={t("timeline.callSummary")} required autosize minRows={2} maxLength={5000} name="summary" {...form.getInputProps("summary")} />
        {failure && <Alert color="red">{failure}</Alert>}
        <Group gap="xs">
          <Button type="submit" size="xs" loading={record.isPending}>{t("timeline.saveCall")}</Button>
          <Button size="xs" variant="default" onClick={onDone}>{t("common:actions.cancel")}</Button>
        </Group>
      </Stack>
    </form>
  );
}

export function TimelineCard({ checklist }: { checklist: CaseChecklist | undefined }) {
  const { t, i18n } = useTranslation("checklist");
  const { caseId, currency, zone } = useCaseDesk();
  const timeline = useTimeline(caseId);
  const [adding, setAdding] = useState<"note" | "call" | null>(null);
  const events = [...(timeline.data ?? [])].sort((a, b) => b.seq - a.seq);

  return (
    <Card data-testid="timeline">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5">
          {t("timeline.title")}
        </Title>
        <Group gap={6}>
          <Button size="xs" variant="light" leftSection={<IconNote size={14} />} onClick={() => setAdding("note")} data-testid="timeline-add-note">
            {t("timeline.addNote")}
          </Button>
          <Button size="xs" variant="light" leftSection={<IconPhoneCall size={14} />} onClick={() => setAdding("call")} data-testid="timeline-add-call">
            {t("timeline.addCall")}
          </Button>
        </Group>
      </Group>
      {adding && (
        <Card withBorder mb="sm" p="sm">
          {adding === "note" ? <NoteForm onDone={() => setAdding(null)} /> : <CallForm onDone={() => setAdding(null)} />}
        </Card>
      )}
      {timeline.isError && <Alert color="red">{checklistErrorMessage(t, timeline.error)}</Alert>}
      <Timeline bulletSize={18} lineWidth={2} active={-1}>
        {events.map((event) => (
          <Timeline.Item
            key={event.id}
            bullet={event.kind === "note" || event.kind === "call" ? <IconMessage size={10} /> : undefined}
            title={<Text size="sm" fw={500}>{eventLine(t, event, { currency, lang: i18n.language, checklist })}</Text>}
            data-testid={`event-${event.kind}`}
          >
            <Text size="xs" c="dimmed">
              {formatDateTime(event.at, i18n.language, zone)} · {event.actor_name}
            </Text>
            <EventBody event={event} checklist={checklist} />
          </Timeline.Item>
        ))}
      </Timeline>
      {timeline.isSuccess && events.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("timeline.empty")}
        </Text>
      )}
    </Card>
  );
}
