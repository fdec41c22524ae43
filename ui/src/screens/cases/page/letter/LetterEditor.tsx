// The letter editor: the draft in the customer's language (or the other one), each part
// editable, the paper size, and beside it the preview from the real renderer. "Create PDF"
// keeps a version (the same draft gives the same version back; an edit makes a new one).
// Edits live in the form until then; leaving the page or closing the window asks first.
import { useEffect, useState } from "react";
import { Alert, Button, Center, Grid, Group, Loader, SegmentedControl, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQuery } from "@tanstack/react-query";
import { IconFileTypePdf } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { LIMITS, type Language, type LetterDraft, type LetterVersion } from "../../../../bindings";
import { applyFieldErrors, errorMessage, toErrorPayload } from "../../../../bridge/errors";
import { lettersApi } from "../../../../bridge/letters";
import { useUnsavedGuard } from "../../../../components/useUnsavedGuard";
import { useGenerateLetter } from "../../../../queries/letters";
import { useCaseDesk } from "../checklist/context";
import { LetterPreviewPane } from "./LetterPreviewPane";
import { LetterVersionActions, NoticeAlert, type Notice } from "./LetterVersions";
import { draftToValues, formPath, valuesToDraft, type LetterValues } from "./letterValues";

interface DraftFormProps {
  base: LetterDraft;
  language: Language;
  onLanguage: (l: Language) => void;
  onDirty: (dirty: boolean) => void;
}

function DraftForm({ base, language, onLanguage, onDirty }: DraftFormProps) {
  const { t, i18n } = useTranslation("letters");
  const { caseId, actorId } = useCaseDesk();
  const generate = useGenerateLetter(caseId);
  const form = useForm<LetterValues>({ mode: "controlled", initialValues: draftToValues(base) });
  const [failure, setFailure] = useState<string | null>(null);
  const [created, setCreated] = useState<{ version: LetterVersion; isNew: boolean } | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const dirty = form.isDirty();
  const guard = useUnsavedGuard(dirty && !generate.isPending);
  const draft = valuesToDraft(base, form.values);
  useEffect(() => onDirty(dirty), [dirty, onDirty]);

  const submit = async () => {
    setFailure(null);
    setNotice(null);
    try {
      const before = created?.version.id;
      const version = await generate.mutateAsync({ draft, actorId });
      form.resetDirty();
      setCreated({ version, isNew: version.id !== before });
    } catch (err) {
      const payload = toErrorPayload(err);
      // `too_many` here is always too many lines (addressee, signature); its text is
      // `too_many_lines` (a key ending in _many would read as a plural form).
      const named = { ...payload, fields: payload.fields.map((f) => (f.code === "too_many" ? { ...f, code: "too_many_lines" } : f)) };
      const unplaced = applyFieldErrors(
        { setErrors: (errors) => form.setErrors(Object.fromEntries(Object.entries(errors).map(([k, v]) => [formPath(k), v]))) },
        named,
        t,
        i18n.language,
      );
      setFailure(payload.fields.length > 0 && unplaced.length === 0 ? t("editor.fixFields") : errorMessage(t, err));
    }
  };

  return (
    <Grid gap="lg">
      {guard.modal}
      <Grid.Col span={{ base: 12, md: 6 }}>
        <form
          noValidate
          data-testid="letter-form"
          onSubmit={form.onSubmit(() => void submit())}
        >
          <Stack gap="sm">
            <Group justify="space-between" align="flex-end">
              <Stack gap={2}>
                <Text size="sm" fw={500}>
                  {t("editor.language")}
                </Text>
                <SegmentedControl
                  size="xs"
                  value={language}
                  // Switching drafts the letter afresh in the other language; with edits in
                  // the form that would lose them, so it waits until they are kept or undone.
                  disabled={dirty}
                  onChange={(v) => onLanguage(v as Language)}
                  data={[
                    { value: "ru", label: t("language.ru") },
                    { value: "en", label: t("language.en") },
                  ]}
                  data-testid="letter-language"
                />
              </Stack>
              <Stack gap={2}>
                <Text size="sm" fw={500}>
                  {t("editor.paper")}
                </Text>
                <SegmentedControl
                  size="xs"
                  data={[
                    { value: "a4", label: "A4" },
                    { value: "letter", label: "US Letter" },
                  ]}
                  {...form.getInputProps("paper")}
                  data-testid="letter-paper"
                />
              </Stack>
            </Group>
            {dirty && (
              <Text size="xs" c="dimmed">
                {t("editor.languageLocked")}
              </Text>
            )}
            <Textarea
              label={t("editor.addressee")}
              autosize
              minRows={2}
              maxRows={6}
              name="addressee"
              {...form.getInputProps("addressee")}
            />
            <TextInput label={t("editor.salutation")} name="salutation" maxLength={LIMITS.letterLine} {...form.getInputProps("salutation")} />
            {form.values.sections.map((s, i) => (
              <Stack key={`${s.key}-${i}`} gap={4} data-testid={`letter-section-${s.key}`}>
                {s.heading !== "" && (
                  <TextInput
                    size="xs"
                    label={t(`section.${s.key}`, { defaultValue: s.key })}
                    description={t("editor.heading")}
                    maxLength={LIMITS.letterLine}
                    {...form.getInputProps(`sections.${i}.heading`)}
                  />
                )}
                <Textarea
                  label={s.heading === "" ? t(`section.${s.key}`, { defaultValue: s.key }) : undefined}
                  aria-label={t(`section.${s.key}`, { defaultValue: s.key })}
                  autosize
                  minRows={2}
                  maxRows={12}
                  maxLength={LIMITS.letterSectionText}
                  name={`sections.${i}.text`}
                  {...form.getInputProps(`sections.${i}.text`)}
                />
              </Stack>
            ))}
            <TextInput label={t("editor.closing")} name="closing" maxLength={LIMITS.letterLine} {...form.getInputProps("closing")} />
            <Textarea label={t("editor.signature")} autosize minRows={1} maxRows={4} name="signature" {...form.getInputProps("signature")} />
            {failure && (
              <Alert color="red" variant="light" data-testid="letter-error">
                {failure}
              </Alert>
            )}
            {created && (
              <Alert color="teal" variant="light" data-testid="letter-created">
                <Stack gap="xs">
                  <Text size="sm">
                    {created.isNew
                      ? t("editor.created", { version: created.version.version })
                      : t("editor.unchanged", { version: created.version.version })}
                  </Text>
                  <LetterVersionActions version={created.version} onNotice={setNotice} />
                </Stack>
              </Alert>
            )}
            <NoticeAlert notice={notice} />
            <Group justify="space-between">
              <Button variant="subtle" color="gray" disabled={!dirty} onClick={() => form.reset()} data-testid="letter-undo">
                {t("editor.undo")}
              </Button>
              <Button type="submit" leftSection={<IconFileTypePdf size={18} />} loading={generate.isPending} data-testid="letter-generate">
                {t("editor.generate")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <LetterPreviewPane caseId={caseId} draft={draft} />
      </Grid.Col>
    </Grid>
  );
}

/** Edits `initial` (the newest kept version's draft, so reopening continues from what was
 *  printed) or a fresh draft in the chosen language (at first: the customer's). */
export function LetterEditor({ initial, onDirty }: { initial: LetterDraft | null; onDirty: (dirty: boolean) => void }) {
  const { t } = useTranslation("letters");
  const { caseId } = useCaseDesk();
  const [language, setLanguage] = useState<Language | null>(initial?.language ?? null);
  const fresh = useQuery({
    queryKey: ["letter-draft", caseId, language],
    queryFn: () => lettersApi.draft(caseId, language),
    retry: false,
    // A draft is a starting point: refetching it under the owner's edits would be wrong.
    staleTime: Infinity,
    gcTime: 0,
    enabled: !(initial && initial.language === language),
  });
  const base = initial && initial.language === language ? initial : fresh.data;

  if (fresh.isError) {
    return (
      <Alert color="yellow" variant="light" data-testid="letter-not-ready">
        {errorMessage(t, fresh.error)}
      </Alert>
    );
  }
  if (!base) {
    return (
      <Center py="xl">
        <Loader aria-label={t("common:loading")} />
      </Center>
    );
  }
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {base.reference}
      </Title>
      <DraftForm key={`${base.language}`} base={base} language={base.language} onLanguage={setLanguage} onDirty={onDirty} />
    </Stack>
  );
}
