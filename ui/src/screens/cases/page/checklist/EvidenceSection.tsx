// Photos and scans attached to a case. The native dialog picks the file; the core checks
// it (type by content, size, a readable image) and keeps it under its hash. A click opens
// the file in the system's viewer.
import { useState } from "react";
import { ActionIcon, Alert, Button, Card, Group, Image, SimpleGrid, Stack, Text, Title, Tooltip, UnstyledButton } from "@mantine/core";
import { IconFileTypePdf, IconPaperclip, IconTrash } from "@tabler/icons-react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { EvidenceItem } from "../../../../bindings";
import { checklistApi, checklistErrorMessage, pickEvidenceFile } from "../../../../bridge/checklist";
import { fieldMessage, toErrorPayload } from "../../../../bridge/errors";
import { formatMegabytes } from "../../../../lib/format";
import { useChecklistMutation } from "../../../../queries/checklist";
import { useCaseDesk } from "./context";

/** A refused file in plain words: the core names the problem on the field "file". */
export function evidenceError(t: TFunction, lang: string, err: unknown): string {
  const problem = toErrorPayload(err).fields.find((f) => f.field === "file");
  if (!problem) return checklistErrorMessage(t, err);
  if (problem.code === "too_large" && problem.limit !== null) {
    return t("checklist:evidence.tooLarge", { size: formatMegabytes(problem.limit, lang) });
  }
  return fieldMessage(t, lang, problem);
}

function fileSize(bytes: number, lang: string): string {
  if (bytes < 1024 * 1024) {
    return new Intl.NumberFormat(lang === "ru" ? "ru-RU" : "en-GB", { style: "unit", unit: "kilobyte", maximumFractionDigits: 0 }).format(
      Math.max(1, Math.round(bytes / 1024)),
    );
  }
  return formatMegabytes(bytes, lang);
}

function EvidenceTile({ item, onError }: { item: EvidenceItem; onError: (message: string) => void }) {
  const { t, i18n } = useTranslation("checklist");
  const { caseId, actorId, askReason } = useCaseDesk();
  const remove = useChecklistMutation(caseId, (reason: string) => checklistApi.removeEvidence(item.id, reason, actorId));
  const open = () => checklistApi.openEvidence(item.id).catch((err: unknown) => onError(checklistErrorMessage(t, err)));
  return (
    <Stack gap={4} data-testid="evidence-item">
      <UnstyledButton
        onClick={() => void open()}
        aria-label={t("evidence.open", { name: item.file_name })}
        style={{
          height: 96,
          borderRadius: 6,
          border: "1px solid var(--mantine-color-default-border)",
          overflow: "hidden",
          display: "flex",
          alignItems: "center",
          justifyContent: "center",
          background: "var(--mantine-color-default-hover)",
        }}
      >
        {item.thumbnail ? (
          <Image src={item.thumbnail} alt={item.file_name} h={96} w="100%" fit="cover" />
        ) : (
          <IconFileTypePdf size={40} stroke={1.3} color="var(--mantine-color-red-6)" />
        )}
      </UnstyledButton>
      <Group gap={4} wrap="nowrap" justify="space-between">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="xs" truncate title={item.file_name}>
            {item.file_name}
          </Text>
          <Text size="xs" c="dimmed">
            {fileSize(item.size, i18n.language)}
          </Text>
        </Stack>
        <Tooltip label={t("actions.remove")}>
          <ActionIcon
            size="sm"
            variant="subtle"
            color="red"
            aria-label={t("actions.remove")}
            onClick={() =>
              askReason({
                title: t("evidence.removeTitle"),
                text: item.file_name,
                confirm: t("actions.remove"),
                danger: true,
                run: (reason) => remove.mutateAsync(reason),
              })
            }
          >
            <IconTrash size={14} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Stack>
  );
}

export function EvidenceSection({ evidence }: { evidence: EvidenceItem[] }) {
  const { t, i18n } = useTranslation("checklist");
  const { caseId, actorId } = useCaseDesk();
  const [failure, setFailure] = useState<string | null>(null);
  const attach = useChecklistMutation(caseId, (path: string) => checklistApi.attachEvidence(caseId, path, actorId));

  const pick = async () => {
    setFailure(null);
    try {
      const path = await pickEvidenceFile(t("evidence.dialogTitle"), t("evidence.filter"));
      if (!path) return;
      await attach.mutateAsync(path);
    } catch (err) {
      setFailure(evidenceError(t, i18n.language, err));
    }
  };

  return (
    <Card data-testid="evidence">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {t("evidence.title")}
        </Title>
        <Button variant="light" size="xs" leftSection={<IconPaperclip size={14} />} loading={attach.isPending} onClick={() => void pick()} data-testid="evidence-attach">
          {t("evidence.attach")}
        </Button>
      </Group>
      {failure && (
        <Alert color="red" mb="sm" withCloseButton onClose={() => setFailure(null)} data-testid="evidence-failure">
          {failure}
        </Alert>
      )}
      {evidence.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("evidence.empty")}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          {evidence.map((item) => (
            <EvidenceTile key={item.id} item={item} onError={setFailure} />
          ))}
        </SimpleGrid>
      )}
    </Card>
  );
}
