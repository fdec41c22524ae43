// The form of one open step, drawn from its FieldDefs: each kind of field gets its input,
// labels and options come from the `checklist` namespace. "Done" completes the step; "Skip…"
// asks for a reason where the method allows skipping. A refusal puts each problem next to
// its field and keeps everything typed.
import { useRef, useState } from "react";
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Input,
  NumberInput,
  Radio,
  Rating,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from "@mantine/core";
import { DateTimePicker } from "@mantine/dates";
import { useForm, type UseFormReturnType } from "@mantine/form";
import { getHotkeyHandler } from "@mantine/hooks";
import { IconCheck, IconPlayerSkipForward } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { FieldDef, StepView } from "../../../../bindings";
import { checklistApi, checklistErrorMessage } from "../../../../bridge/checklist";
import { applyFieldErrors, fieldMessage } from "../../../../bridge/errors";
import { focusFirstError } from "../../../../lib/formErrors";
import { useChecklistMutation } from "../../../../queries/checklist";
import { useCaseDesk } from "./context";
import { choiceLabel, fieldLabel, stepName } from "./labels";
import { initialStepValues, toStepValues, type StepFormValues } from "./stepValues";

/** Choices with this many options or fewer show as radio buttons, all visible at once. */
const RADIO_MAX = 4;

function FieldInput({ def, step, form }: { def: FieldDef; step: string; form: UseFormReturnType<StepFormValues> }) {
  const { t } = useTranslation("checklist");
  const label = fieldLabel(t, step, def.key);
  const props = form.getInputProps(def.key);
  const common = { label, name: def.key, required: def.required, "data-testid": `field-${def.key}` };
  const kind = def.kind;
  switch (kind.kind) {
    case "text":
      return <TextInput {...common} maxLength={kind.max} {...props} value={(props.value as string) ?? ""} />;
    case "long_text":
      return <Textarea {...common} autosize minRows={2} maxRows={10} maxLength={kind.max} {...props} value={(props.value as string) ?? ""} />;
    case "date_time":
      return (
        <DateTimePicker
          {...common}
          valueFormat="D MMMM YYYY, HH:mm"
          maxDate={kind.rule === "past" ? new Date() : undefined}
          style={{ maxWidth: 320 }}
          {...props}
        />
      );
    case "minutes":
      return (
        <NumberInput
          {...common}
          min={0}
          max={kind.max}
          allowDecimal={false}
          allowNegative={false}
          rightSection={<Text size="sm" c="dimmed">{t("minutesShort")}</Text>}
          rightSectionWidth={48}
          rightSectionPointerEvents="none"
          style={{ maxWidth: 200 }}
          {...props}
        />
      );
    case "choice": {
      const options = kind.options.map((code) => ({ value: code, label: choiceLabel(t, def.key, code) }));
      if (options.length <= RADIO_MAX) {
        return (
          <Radio.Group {...common} {...props} value={(props.value as string) ?? null}>
            <Group gap="lg" mt={6}>
              {options.map((o) => (
                <Radio key={o.value} value={o.value} label={o.label} data-testid={`choice-${def.key}-${o.value}`} />
              ))}
            </Group>
          </Radio.Group>
        );
      }
      return <Select {...common} data={options} allowDeselect={false} searchable={options.length > 8} style={{ maxWidth: 360 }} {...props} />;
    }
    case "bool":
      return (
        <Checkbox
          label={label}
          name={def.key}
          data-testid={`field-${def.key}`}
          {...form.getInputProps(def.key, { type: "checkbox" })}
        />
      );
    case "rating":
      return (
        <Input.Wrapper label={label} required={def.required} error={props.error} data-testid={`field-${def.key}`}>
          <Rating
            mt={4}
            size="lg"
            name={def.key}
            value={(props.value as number) ?? 0}
            onChange={(value) => form.setFieldValue(def.key, value)}
            aria-label={label}
          />
        </Input.Wrapper>
      );
  }
}

export function StepForm({ step }: { step: StepView }) {
  const { t, i18n } = useTranslation("checklist");
  const lang = i18n.language;
  const { caseId, actorId, askReason } = useCaseDesk();
  const rootRef = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<{ message: string; extra: string[] } | null>(null);
  const form = useForm<StepFormValues>({ mode: "controlled", initialValues: initialStepValues(step) });
  const apply = useChecklistMutation(caseId, (action: Parameters<typeof checklistApi.apply>[1]) =>
    checklistApi.apply(caseId, action, actorId),
  );
  const keys = step.fields.map((f) => f.key);

  const submit = async (values: StepFormValues) => {
    setFailure(null);
    form.clearErrors();
    try {
      await apply.mutateAsync({ action: "complete", step: step.step, values: toStepValues(step.fields, values) });
    } catch (err) {
      const unplaced = applyFieldErrors(form, err, t, lang, { knownFields: keys });
      setFailure({ message: checklistErrorMessage(t, err), extra: unplaced.map((f) => fieldMessage(t, lang, f)) });
      requestAnimationFrame(() => focusFirstError(rootRef.current));
    }
  };

  const skip = () =>
    askReason({
      title: t("skip.title", { step: stepName(t, step.step) }),
      text: t("skip.text"),
      confirm: t("skip.confirm"),
      run: (reason) => apply.mutateAsync({ action: "skip", step: step.step, reason }),
    });

  const hint = lang === "ru" ? step.hint_ru : step.hint_en;
  return (
    <div ref={rootRef} data-testid={`step-form-${step.step}`}>
      <form
        noValidate
        onSubmit={form.onSubmit((v) => void submit(v))}
        onKeyDown={getHotkeyHandler([["mod+Enter", () => void submit(form.getValues())]])}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed" data-testid="step-hint" style={{ borderLeft: "3px solid var(--mantine-color-blue-4)", paddingLeft: 10 }}>
            {hint}
          </Text>
          {step.fields.map((def) => (
            <FieldInput key={def.key} def={def} step={step.step} form={form} />
          ))}
          {failure && (
            <Alert color="red" data-testid="step-failure">
              <Text size="sm">{failure.message}</Text>
              {failure.extra.map((line, i) => (
                <Text size="sm" key={i}>
                  {line}
                </Text>
              ))}
            </Alert>
          )}
          <Group gap="sm">
            <Button type="submit" loading={apply.isPending} leftSection={<IconCheck size={16} />} data-testid="step-done">
              {t("actions.done")}
            </Button>
            {step.may_skip && (
              <Button variant="subtle" color="gray" leftSection={<IconPlayerSkipForward size={16} />} onClick={skip} data-testid="step-skip">
                {t("actions.skip")}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </div>
  );
}
