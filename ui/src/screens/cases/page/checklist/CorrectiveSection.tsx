// Corrective actions of a case: what changes so it will not happen again, who sees to it
// and by when. Required (at least one) for a defect or a staff error.
import { useState } from "react";
import { Alert, Badge, Button, Card, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Text, Textarea, Title } from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";
import { useForm } from "@mantine/form";
import { IconPlus } from "@tabler/icons-react";
import { ItemActions } from "./ItemActions";
import { useTranslation } from "react-i18next";
import { LIMITS, type CaseChecklist, type CorrectiveAction, type CorrectiveInput } from "../../../../bindings";
import { checklistApi, checklistErrorMessage } from "../../../../bridge/checklist";
import { applyFieldErrors, toErrorPayload } from "../../../../bridge/errors";
import { formatDate } from "../../../../lib/format";
import { useChecklistMutation } from "../../../../queries/checklist";
import { useStaffOptions } from "../../form/referenceOptions";
import { useCaseDesk } from "./context";

interface CorrectiveValues {
  description: string;
  owner_id: string | null;
  due_date: string | null;
}

const FIELDS = ["description", "owner_id", "due_date"];

function CorrectiveModal({ item, opened, onClose }: { item: CorrectiveAction | null; opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation("checklist");
  const { caseId, actorId } = useCaseDesk();
  const staff = useStaffOptions(item?.owner ? [item.owner] : []);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<CorrectiveValues>({
    mode: "controlled",
    initialValues: { description: item?.description ?? "", owner_id: item?.owner?.id ?? null, due_date: item?.due_date ?? null },
  });
  const save = useChecklistMutation(caseId, (input: CorrectiveInput) =>
    item ? checklistApi.updateCorrective(item.id, input, actorId) : checklistApi.addCorrective(caseId, input, actorId),
  );

  const submit = async (values: CorrectiveValues) => {
    setFailure(null);
    if (!values.description.trim()) {
      form.setFieldError("description", t("errors:field.required"));
      return;
    }
    try {
      await save.mutateAsync({
        description: values.description.trim(),
        owner_id: values.owner_id,
        due_date: values.due_date ? values.due_date.slice(0, 10) : null,
      });
      onClose();
    } catch (err) {
      const unplaced = applyFieldErrors(form, err, t, i18n.language, { knownFields: FIELDS });
      if (unplaced.length > 0 || toErrorPayload(err).fields.length === 0) setFailure(checklistErrorMessage(t, err));
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={item ? t("corrective.editTitle") : t("corrective.addTitle")} size="lg" centered>
      <form noValidate onSubmit={form.onSubmit((v) => void submit(v))} data-testid="corrective-form">
        <Stack gap="sm">
          <Textarea
            label={t("corrective.description")}
            placeholder={t("corrective.descriptionPlaceholder")}
            required
            data-autofocus
            autosize
            minRows={3}
            maxLength={LIMITS.correctiveDescription}
            name="description"
            {...form.getInputProps("description")}
          />
          <SimpleGrid cols={2}>
            <Select
              label={t("corrective.owner")}
              placeholder={t("corrective.ownerNone")}
              clearable
              data={staff.options}
              {...form.getInputProps("owner_id")}
            />
            <DatePickerInput label={t("corrective.due_date")} clearable valueFormat="D MMMM YYYY" {...form.getInputProps("due_date")} />
          </SimpleGrid>
          {failure && <Alert color="red">{failure}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common:actions.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="corrective-save">
              {t("common:actions.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function CorrectiveRow({ item, onEdit }: { item: CorrectiveAction; onEdit: () => void }) {
  const { t, i18n } = useTranslation("checklist");
  const { caseId, actorId, askReason } = useCaseDesk();
  const [failure, setFailure] = useState<string | null>(null);
  const done = useChecklistMutation(caseId, (value: boolean) => checklistApi.setCorrectiveDone(item.id, value, actorId));
  const remove = useChecklistMutation(caseId, (reason: string) => checklistApi.removeCorrective(item.id, reason, actorId));
  const meta = [
    item.owner && t("corrective.ownerIs", { name: item.owner.name }),
    item.due_date && t("corrective.dueOn", { date: formatDate(item.due_date, i18n.language) }),
  ].filter(Boolean);

  return (
    <Group gap="sm" py="xs" wrap="nowrap" align="flex-start" data-testid="corrective-item" style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}>
      <Checkbox
        mt={2}
        checked={item.done_at !== null}
        disabled={done.isPending}
        aria-label={t("corrective.markDone")}
        onChange={(e) => {
          setFailure(null);
          done.mutateAsync(e.currentTarget.checked).catch((err: unknown) => setFailure(checklistErrorMessage(t, err)));
        }}
      />
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm" td={item.done_at ? "line-through" : undefined} c={item.done_at ? "dimmed" : undefined} style={{ whiteSpace: "pre-wrap" }}>
          {item.description}
        </Text>
        <Group gap="xs">
          {meta.length > 0 && (
            <Text size="xs" c="dimmed">
              {meta.join(" · ")}
            </Text>
          )}
          {item.overdue && !item.done_at && (
            <Badge size="xs" color="red" variant="light">
              {t("common:overdue")}
            </Badge>
          )}
        </Group>
        {failure && (
          <Text size="xs" c="red">
            {failure}
          </Text>
        )}
      </Stack>
      <ItemActions
        onEdit={onEdit}
        onRemove={() =>
          askReason({
            title: t("corrective.removeTitle"),
            text: item.description,
            confirm: t("actions.remove"),
            danger: true,
            run: (reason) => remove.mutateAsync(reason),
          })
        }
      />
    </Group>
  );
}

export function CorrectiveSection({ checklist }: { checklist: CaseChecklist }) {
  const { t } = useTranslation("checklist");
  const [editing, setEditing] = useState<{ item: CorrectiveAction | null; key: number } | null>(null);
  return (
    <Card data-testid="corrective">
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <Title order={3} size="h5">
            {t("corrective.title")}
          </Title>
          {checklist.corrective_required && (
            <Badge size="sm" color="orange" variant="light" data-testid="corrective-required">
              {t("corrective.required")}
            </Badge>
          )}
        </Group>
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing({ item: null, key: Date.now() })} data-testid="corrective-add">
          {t("corrective.add")}
        </Button>
      </Group>
      {checklist.corrective.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("corrective.empty")}
        </Text>
      ) : (
        checklist.corrective.map((item) => <CorrectiveRow key={item.id} item={item} onEdit={() => setEditing({ item, key: Date.now() })} />)
      )}
      {editing && <CorrectiveModal key={editing.key} item={editing.item} opened onClose={() => setEditing(null)} />}
    </Card>
  );
}
