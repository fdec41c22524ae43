// Adds a staff member or edits one, in a dialog over the list.
import { useState } from "react";
import { Alert, Button, Group, Modal, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { LIMITS, type Staff, type StaffInput } from "../../bindings";
import { applyFieldErrors, errorMessage } from "../../bridge/errors";
import { translateProblems } from "../../lib/formErrors";
import { STAFF_FORM_FIELDS, staffToValues, toStaffInput, validateStaff, type StaffFormValues } from "./staffForm";

interface Props {
  /** The person being edited, or null to add someone. */
  staff: Staff | null;
  opened: boolean;
  onClose: () => void;
  save: (input: StaffInput) => Promise<Staff>;
  onSaved: (saved: Staff) => void;
}

function StaffForm({ staff, onClose, save, onSaved }: Omit<Props, "opened">) {
  const { t, i18n } = useTranslation("staff");
  const lang = i18n.language;
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<StaffFormValues>({ mode: "controlled", initialValues: staffToValues(staff) });

  const submit = async (values: StaffFormValues) => {
    setFailure(null);
    const errors = translateProblems(validateStaff(values), t, lang);
    if (Object.keys(errors).length > 0) return form.setErrors(errors);
    setSaving(true);
    try {
      onSaved(await save(toStaffInput(values)));
    } catch (err) {
      applyFieldErrors(form, err, t, lang, { knownFields: STAFF_FORM_FIELDS });
      setFailure(errorMessage(t, err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form noValidate data-testid="staff-form" onSubmit={form.onSubmit((v) => void submit(v))}>
      <Stack gap="sm">
        <TextInput
          name="name"
          label={t("fields.name")}
          description={t("fields.nameHint")}
          required
          data-autofocus
          maxLength={LIMITS.staffName}
          {...form.getInputProps("name")}
        />
        <TextInput
          name="role"
          label={t("fields.role")}
          placeholder={t("fields.rolePlaceholder")}
          maxLength={LIMITS.staffRole}
          {...form.getInputProps("role")}
        />
        {failure && (
          <Alert color="red" title={t("errors:title")}>
            {failure}
          </Alert>
        )}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onClose}>
            {t("common:actions.cancel")}
          </Button>
          <Button type="submit" loading={saving} data-testid="staff-submit">
            {staff ? t("form.submitEdit") : t("form.submitAdd")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function StaffFormModal({ staff, opened, onClose, save, onSaved }: Props) {
  const { t } = useTranslation("staff");
  return (
    <Modal opened={opened} onClose={onClose} title={staff ? t("form.editTitle") : t("form.addTitle")} centered>
      {/* Mounted afresh for each opening, so the form starts from the person chosen. */}
      {opened && <StaffForm key={staff?.id ?? "new"} staff={staff} onClose={onClose} save={save} onSaved={onSaved} />}
    </Modal>
  );
}
