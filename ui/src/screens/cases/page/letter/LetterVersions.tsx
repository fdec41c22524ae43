// The kept versions of a case's letter, newest first, each with Print, Save as… and Open.
// Printing goes to the OS; when that is impossible the shell opens the PDF in the default
// viewer instead, and the owner is told to print from there.
import { useState } from "react";
import { Alert, Button, Group, Stack, Table, Text } from "@mantine/core";
import { IconDeviceFloppy, IconExternalLink, IconPrinter } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { LetterVersion } from "../../../../bindings";
import { errorMessage } from "../../../../bridge/errors";
import { lettersApi, pickPdfSaveTarget } from "../../../../bridge/letters";
import { formatDateTime } from "../../../../lib/format";
import { useShop } from "../../../../queries/settings";

type Notice = { color: "teal" | "yellow" | "red"; text: string; testId: string };

export function LetterVersionActions({ version, onNotice }: { version: LetterVersion; onNotice: (notice: Notice | null) => void }) {
  const { t } = useTranslation("letters");
  const [busy, setBusy] = useState<"print" | "save" | "open" | null>(null);

  const run = async (kind: "print" | "save" | "open", job: () => Promise<Notice | null>) => {
    setBusy(kind);
    onNotice(null);
    try {
      onNotice(await job());
    } catch (err) {
      onNotice({ color: "red", text: errorMessage(t, err), testId: "letter-action-error" });
    } finally {
      setBusy(null);
    }
  };

  const print = () =>
    run("print", async () => {
      const report = await lettersApi.print(version.id);
      return report.outcome === "sent"
        ? { color: "teal", text: t("versions.printSent", { version: version.version }), testId: "letter-print-sent" }
        : { color: "yellow", text: t("versions.printFallback"), testId: "letter-print-fallback" };
    });
  const saveAs = () =>
    run("save", async () => {
      const name = version.file.split("/").pop() ?? `letter-${version.version}.pdf`;
      const path = await pickPdfSaveTarget(t("versions.saveTitle"), name);
      if (!path) return null;
      await lettersApi.saveAs(version.id, path);
      return { color: "teal", text: t("versions.saved", { path }), testId: "letter-saved" };
    });
  const open = () =>
    run("open", async () => {
      await lettersApi.open(version.id);
      return null;
    });

  return (
    <Group gap="xs" wrap="nowrap">
      <Button size="xs" variant="light" leftSection={<IconPrinter size={14} />} loading={busy === "print"} onClick={() => void print()} data-testid="letter-print">
        {t("versions.print")}
      </Button>
      <Button size="xs" variant="default" leftSection={<IconDeviceFloppy size={14} />} loading={busy === "save"} onClick={() => void saveAs()} data-testid="letter-save-as">
        {t("versions.saveAs")}
      </Button>
      <Button size="xs" variant="default" leftSection={<IconExternalLink size={14} />} loading={busy === "open"} onClick={() => void open()} data-testid="letter-open">
        {t("versions.open")}
      </Button>
    </Group>
  );
}

export function NoticeAlert({ notice }: { notice: Notice | null }) {
  if (!notice) return null;
  return (
    <Alert color={notice.color} variant="light" data-testid={notice.testId}>
      {notice.text}
    </Alert>
  );
}

export type { Notice };

export function LetterVersions({ versions }: { versions: LetterVersion[] }) {
  const { t, i18n } = useTranslation("letters");
  const zone = useShop()?.time_zone;
  const [notice, setNotice] = useState<Notice | null>(null);
  if (versions.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="letter-no-versions">
        {t("versions.none")}
      </Text>
    );
  }
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  return (
    <Stack gap="xs">
      <NoticeAlert notice={notice} />
      <Table verticalSpacing={6} data-testid="letter-versions">
        <Table.Tbody>
          {newestFirst.map((v) => (
            <Table.Tr key={v.id} data-testid="letter-version">
              <Table.Td>
                <Text size="sm" fw={500}>
                  {t("versions.version", { version: v.version })}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(v.created_at, i18n.language, zone)} · {t(`language.${v.language}`)} ·{" "}
                  {t("preview.pages", { count: v.page_count })}
                </Text>
              </Table.Td>
              <Table.Td>
                <LetterVersionActions version={v} onNotice={setNotice} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
