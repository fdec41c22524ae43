// The standard phrases of the closing letter, per language, in the owner's wording. Each
// phrase shows the {placeholders} it must keep; "Reset to standard" puts the app's wording
// back (saved as no override). The core checks every change and names the phrase
// (`phrases[i].text`), and the message goes next to that phrase.
import { useMemo, useState } from "react";
import { Alert, Badge, Button, Card, Group, Loader, Center, SegmentedControl, Stack, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useTranslation } from "react-i18next";
import { LIMITS, type Language, type LetterPhrase, type PhraseOverride } from "../../../bindings";
import { errorMessage, fieldMessage, toErrorPayload } from "../../../bridge/errors";
import { useLetterPhrases, useSaveLetterPhrases } from "../../../queries/letters";
import { useReportDirty } from "../unsaved";

const GROUPS: [string, (id: string) => boolean][] = [
  ["salutation", (id) => id.startsWith("salutation_")],
  ["reference", (id) => ["reference_line", "reference", "reference_product", "apology", "understanding"].includes(id)],
  ["heading", (id) => id.startsWith("heading_")],
  ["findings", (id) => ["checked", "found", "explanation_intro"].includes(id) || id.startsWith("cause_") || id.startsWith("verdict_")],
  ["changes", (id) => id.startsWith("change")],
  ["remedy", (id) => id.startsWith("remedy_")],
  ["compensation", (id) => id.startsWith("compensation_") || id === "voucher_code" || id === "valid_until"],
  ["refusal", (id) => id.startsWith("refusal_")],
];

function groupOf(id: string): string {
  return GROUPS.find(([, test]) => test(id))?.[0] ?? "closing";
}

const keyOf = (p: { id: string; language: Language }) => `${p.id}:${p.language}`;

function PhrasesForm({ phrases }: { phrases: LetterPhrase[] }) {
  const { t, i18n } = useTranslation("letters");
  const save = useSaveLetterPhrases();
  const [language, setLanguage] = useState<Language>(i18n.language === "en" ? "en" : "ru");
  const saved = useMemo(() => new Map(phrases.map((p) => [keyOf(p), p.text])), [phrases]);
  const [texts, setTexts] = useState<Map<string, string>>(() => new Map(saved));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const changed = phrases.filter((p) => (texts.get(keyOf(p)) ?? p.text) !== p.text);
  useReportDirty("letter-phrases", changed.length > 0 && !save.isPending);

  const setText = (key: string, text: string) => {
    setTexts((prev) => new Map(prev).set(key, text));
    setErrors(({ [key]: _gone, ...rest }) => rest);
  };

  const submit = async () => {
    setFailure(null);
    const changes: PhraseOverride[] = changed.map((p) => ({ id: p.id, language: p.language, text: texts.get(keyOf(p)) ?? p.text }));
    if (changes.length === 0) return;
    try {
      const fresh = await save.mutateAsync(changes);
      setTexts(new Map(fresh.map((p) => [keyOf(p), p.text])));
      setErrors({});
      notifications.show({ color: "teal", message: t("phrases.saved") });
    } catch (err) {
      const payload = toErrorPayload(err);
      const next: Record<string, string> = {};
      for (const field of payload.fields) {
        const match = /^phrases\[(\d+)\]/.exec(field.field);
        const change = match ? changes[Number(match[1])] : undefined;
        if (change) next[keyOf(change)] ??= fieldMessage(t, i18n.language, field);
      }
      setErrors(next);
      // Show the language of the first refused phrase if none is in the one on screen.
      const refused = changes.filter((c) => next[keyOf(c)]);
      const first = refused[0];
      if (first && !refused.some((c) => c.language === language)) setLanguage(first.language);
      setFailure(Object.keys(next).length > 0 ? t("phrases.fixFields") : errorMessage(t, err));
    }
  };

  const shown = phrases.filter((p) => p.language === language);
  const groups = [...GROUPS.map(([g]) => g), "closing"].map((g) => [g, shown.filter((p) => groupOf(p.id) === g)] as const);

  return (
    <Stack gap="md" data-testid="settings-phrases">
      <Text size="sm" c="dimmed">
        {t("phrases.intro")}
      </Text>
      <SegmentedControl
        w="fit-content"
        value={language}
        onChange={(v) => setLanguage(v as Language)}
        data={[
          { value: "ru", label: t("language.ru") },
          { value: "en", label: t("language.en") },
        ]}
        data-testid="phrases-language"
      />
      {groups
        .filter(([, list]) => list.length > 0)
        .map(([group, list]) => (
          <Card key={group}>
            <Stack gap="md">
              <Title order={3} size="h5">
                {t(`phrases.group.${group}`)}
              </Title>
              {list.map((p) => {
                const key = keyOf(p);
                const text = texts.get(key) ?? p.text;
                const own = text.trim() !== p.standard;
                return (
                  <Stack key={key} gap={4} data-testid={`phrase-${p.id}-${p.language}`}>
                    <Textarea
                      autosize
                      minRows={1}
                      maxRows={6}
                      maxLength={LIMITS.letterPhrase}
                      aria-label={p.id}
                      value={text}
                      error={errors[key]}
                      onChange={(e) => setText(key, e.currentTarget.value)}
                    />
                    <Group gap={6} justify="space-between">
                      <Group gap={4}>
                        <Text size="xs" c="dimmed">
                          {p.placeholders.length > 0 ? t("phrases.placeholders") : t("phrases.noPlaceholders")}
                        </Text>
                        {p.placeholders.map((name) => (
                          <Badge key={name} size="xs" variant="light" tt="none" ff="monospace">
                            {`{${name}}`}
                          </Badge>
                        ))}
                        {own && (
                          <Badge size="xs" color="orange" variant="light">
                            {t("phrases.changed")}
                          </Badge>
                        )}
                      </Group>
                      {own && (
                        <Button size="compact-xs" variant="subtle" onClick={() => setText(key, p.standard)} title={t("phrases.standard", { text: p.standard })}>
                          {t("phrases.reset")}
                        </Button>
                      )}
                    </Group>
                  </Stack>
                );
              })}
            </Stack>
          </Card>
        ))}
      {failure && (
        <Alert color="red" variant="light" data-testid="phrases-error">
          {failure}
        </Alert>
      )}
      <Group justify="flex-end" pos="sticky" bottom={0} py="sm" style={{ background: "var(--mantine-color-body)" }}>
        <Button onClick={() => void submit()} disabled={changed.length === 0} loading={save.isPending} data-testid="phrases-save">
          {t("phrases.save")}
        </Button>
      </Group>
    </Stack>
  );
}

export function PhrasesSection() {
  const { t } = useTranslation("letters");
  const phrases = useLetterPhrases();
  if (phrases.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t("common:loading")} />
      </Center>
    );
  }
  if (phrases.isError) return <Alert color="red">{errorMessage(t, phrases.error)}</Alert>;
  return <PhrasesForm phrases={phrases.data} />;
}
