// The closing letter on the case page: shown once the letter step can be taken (or is
// done, or a version exists). It lists the kept versions with Print, Save as… and Open,
// and opens the editor with its preview in a wide dialog.
import { useState } from "react";
import { Button, Card, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { IconMail } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { CaseChecklist } from "../../../../bindings";
import { useLetterVersions } from "../../../../queries/letters";
import { useCaseDesk } from "../checklist/context";
import { LetterEditor } from "./LetterEditor";
import { LetterVersions } from "./LetterVersions";

export function LetterCard({ checklist }: { checklist: CaseChecklist }) {
  const { t } = useTranslation("letters");
  const { caseId } = useCaseDesk();
  const step = checklist.steps.find((s) => s.step === "letter");
  const reachable = Boolean(step && (step.available || step.state === "done"));
  const versions = useLetterVersions(caseId);
  const [editing, setEditing] = useState(false);
  // Whether the editor holds edits not yet made into a PDF: closing then asks first.
  const [dirty, setDirty] = useState(false);
  const [askClose, setAskClose] = useState(false);
  const close = () => {
    setAskClose(false);
    setDirty(false);
    setEditing(false);
  };
  const list = versions.data ?? [];
  if (!reachable && list.length === 0) return null;
  const newest = list.reduce<(typeof list)[number] | null>((a, b) => (a && a.version > b.version ? a : b), null);

  return (
    <Card data-testid="letter-card">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {t("card.title")}
          </Title>
          <Button leftSection={<IconMail size={16} />} onClick={() => setEditing(true)} data-testid="letter-edit">
            {list.length > 0 ? t("card.edit") : t("card.write")}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t("card.intro")}
        </Text>
        <LetterVersions versions={list} />
      </Stack>
      <Modal
        opened={editing}
        onClose={() => (dirty ? setAskClose(true) : close())}
        title={t("card.title")}
        size="calc(100vw - 48px)"
        // The editor keeps its own leave guard; closing the dialog keeps nothing unsaved
        // either, so it only closes from its button, never from a stray click outside.
        closeOnClickOutside={false}
        data-testid="letter-modal"
      >
        {editing && <LetterEditor initial={newest?.draft ?? null} onDirty={setDirty} />}
      </Modal>
      <Modal opened={askClose} onClose={() => setAskClose(false)} title={t("common:unsaved.title")} centered zIndex={400}>
        <Text mb="lg">{t("common:unsaved.body")}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setAskClose(false)} data-autofocus>
            {t("common:unsaved.stay")}
          </Button>
          <Button color="red" onClick={close} data-testid="letter-discard">
            {t("common:unsaved.leave")}
          </Button>
        </Group>
      </Modal>
    </Card>
  );
}
