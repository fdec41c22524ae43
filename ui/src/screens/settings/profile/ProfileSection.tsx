// The shop profile as set at first start, now editable. Saving a new language switches the
// whole app to it at once.
import { useRef, useState } from "react";
import { Alert, Button, Card, Group, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { getHotkeyHandler } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { ShopProfile } from "../../../bindings";
import { applyFieldErrors, errorMessage } from "../../../bridge/errors";
import { setLanguage } from "../../../i18n";
import { focusFirstError, translateProblems } from "../../../lib/formErrors";
import { customerKeys } from "../../../queries/customers";
import { useSaveShopProfile, useShop } from "../../../queries/settings";
import { ProfileFields } from "./ProfileFields";
import { PROFILE_FIELDS, profileInput, profileToValues, validateProfile, type ProfileValues } from "./profileValues";
import { useReportDirty } from "../unsaved";

function ProfileForm({ shop }: { shop: ShopProfile }) {
  const { t, i18n } = useTranslation("settings");
  const lang = i18n.language;
  const queryClient = useQueryClient();
  const save = useSaveShopProfile();
  const formRef = useRef<HTMLFormElement>(null);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // Mounted once: a logo change elsewhere on this screen must not wipe what is typed here.
  const form = useForm<ProfileValues>({ mode: "controlled", initialValues: profileToValues(shop) });
  useReportDirty("profile", form.isDirty() && !saving);

  const showErrors = (errors: Record<string, string>) => {
    form.setErrors(errors);
    requestAnimationFrame(() => focusFirstError(formRef.current));
  };

  const submit = async (values: ProfileValues) => {
    setFailure(null);
    const errors = translateProblems(validateProfile(values), t, lang);
    if (Object.keys(errors).length > 0) return showErrors(errors);
    setSaving(true);
    try {
      const saved = await save.mutateAsync(profileInput(values));
      // Show what was stored (trimmed) and make it the new "unchanged".
      const stored = profileToValues(saved);
      form.setValues(stored);
      form.resetDirty(stored);
      await setLanguage(saved.language);
      // Customer pages and cases show money in the shop currency and dates in its zone.
      await queryClient.invalidateQueries({ queryKey: customerKeys.all });
      await queryClient.invalidateQueries({ queryKey: ["cases"] });
      notifications.show({ color: "teal", message: t("profile.saved") });
    } catch (err) {
      applyFieldErrors(form, err, t, lang, { knownFields: PROFILE_FIELDS });
      setFailure(errorMessage(t, err));
      requestAnimationFrame(() => focusFirstError(formRef.current));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      ref={formRef}
      noValidate
      data-testid="settings-profile-form"
      onSubmit={form.onSubmit((v) => void submit(v))}
      onKeyDown={getHotkeyHandler([["mod+Enter", () => formRef.current?.requestSubmit()]])}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t("profile.intro")}
        </Text>
        <Card>
          <ProfileFields form={form} savedCurrency={shop.currency} savedTimeZone={shop.time_zone} />
        </Card>
        {failure && (
          <Alert color="red" title={t("errors:title")} data-testid="settings-profile-error">
            {failure}
          </Alert>
        )}
        <Group>
          <Button type="submit" size="md" loading={saving} data-testid="settings-save">
            {t("profile.save")}
          </Button>
          <Text size="sm" c="dimmed">
            {t("profile.saveHint")}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}

export function ProfileSection() {
  // Settings is below the setup gate, so the profile exists once app_info has loaded.
  const shop = useShop();
  return shop ? <ProfileForm shop={shop} /> : null;
}
