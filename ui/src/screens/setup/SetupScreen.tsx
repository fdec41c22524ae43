// First start: the shop's details, saved once; then the app opens on the case list.
import { useMemo, useRef, useState } from "react";
import {
  Alert,
  Button,
  Container,
  FileInput,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useDocumentTitle } from "@mantine/hooks";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { LANGUAGES, LIMITS, type Language, type ShopProfileInput } from "../../bindings";
import { applyFieldErrors, errorMessage } from "../../bridge/errors";
import { settingsApi } from "../../bridge/settings";
import { setLanguage } from "../../i18n";
import { focusFirstError, translateProblems } from "../../lib/formErrors";
import { LOGO_ACCEPT, readFileBytes } from "../../lib/logo";
import { settingsKeys } from "../../queries/settings";
import { currencyOptions } from "./currencies";
import { setupDefaults, toProfileInput, type SetupValues } from "./setupValues";
import { timeZoneOptions } from "./timeZones";
import { validateSetup } from "./validateSetup";

const PROFILE_FIELDS = [
  "shop_name", "legal_name", "address", "phone", "email", "owner_name", "owner_title",
  "language", "currency", "time_zone", "ack_target_hours",
] as const;

export function SetupScreen({ suggested }: { suggested: ShopProfileInput }) {
  const { t, i18n } = useTranslation("setup");
  useDocumentTitle(t("title"));
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<SetupValues>({ mode: "controlled", initialValues: setupDefaults(suggested) });

  const lang = i18n.language;
  const zones = useMemo(() => timeZoneOptions(suggested.time_zone), [suggested.time_zone]);
  const currencies = useMemo(() => currencyOptions(lang, suggested.currency), [lang, suggested.currency]);
  const languages = LANGUAGES.map((value) => ({ value, label: t(`common:language.${value}`) }));

  const showProblems = (errors: Record<string, string>) => {
    form.setErrors(errors);
    // Let Mantine render aria-invalid first.
    requestAnimationFrame(() => focusFirstError(formRef.current));
  };

  const submit = async (values: SetupValues) => {
    setFailure(null);
    const errors = translateProblems(validateSetup(values), t, lang);
    if (Object.keys(errors).length > 0) return showProblems(errors);
    setBusy(true);
    try {
      try {
        await settingsApi.saveShopProfile(toProfileInput(values));
      } catch (err) {
        applyFieldErrors(form, err, t, lang, { knownFields: PROFILE_FIELDS });
        setFailure(errorMessage(t, err));
        return;
      }
      if (values.logo) {
        try {
          await settingsApi.setShopLogo(await readFileBytes(values.logo));
        } catch (err) {
          // The profile is saved; stay here so the logo can be fixed or removed.
          applyFieldErrors(form, err, t, lang, { knownFields: ["logo"] });
          setFailure(t("logoFailed"));
          return;
        }
      }
      window.location.hash = "#/cases";
      await queryClient.invalidateQueries({ queryKey: settingsKeys.appInfo });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Container size={760} py="xl">
      <Paper withBorder radius="lg" p="xl" shadow="xs">
        <form ref={formRef} data-testid="setup-form" noValidate onSubmit={form.onSubmit((v) => void submit(v))}>
          <Stack gap="lg">
            <div>
              <Title order={1} size="h2" mb="xs">
                {t("title")}
              </Title>
              <Text c="dimmed">{t("intro")}</Text>
            </div>

            <Title order={3} size="h4">
              {t("sections.shop")}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                name="shop_name"
                label={t("fields.shop_name")}
                description={t("fields.shop_name_hint")}
                required
                autoFocus
                maxLength={LIMITS.shopName}
                {...form.getInputProps("shop_name")}
              />
              <TextInput
                name="legal_name"
                label={t("fields.legal_name")}
                description={t("fields.legal_name_hint")}
                maxLength={LIMITS.legalName}
                {...form.getInputProps("legal_name")}
              />
            </SimpleGrid>
            <TextInput name="address" label={t("fields.address")} maxLength={LIMITS.address} {...form.getInputProps("address")} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput name="phone" type="tel" label={t("fields.phone")} {...form.getInputProps("phone")} />
              <TextInput name="email" type="email" label={t("fields.email")} {...form.getInputProps("email")} />
            </SimpleGrid>
            <FileInput
              name="logo"
              label={t("fields.logo")}
              description={t("fields.logo_hint")}
              placeholder={t("fields.logo_placeholder")}
              accept={LOGO_ACCEPT}
              clearable
              {...form.getInputProps("logo")}
            />

            <Title order={3} size="h4">
              {t("sections.owner")}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                name="owner_name"
                label={t("fields.owner_name")}
                required
                maxLength={LIMITS.personName}
                {...form.getInputProps("owner_name")}
              />
              <TextInput
                name="owner_title"
                label={t("fields.owner_title")}
                placeholder={t("fields.owner_title_placeholder")}
                maxLength={LIMITS.ownerTitle}
                {...form.getInputProps("owner_title")}
              />
            </SimpleGrid>

            <Title order={3} size="h4">
              {t("sections.preferences")}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                name="language"
                label={t("fields.language")}
                data={languages}
                allowDeselect={false}
                {...form.getInputProps("language")}
                onChange={(value) => {
                  if (!value) return;
                  form.setFieldValue("language", value as Language);
                  // Show the rest of the setup in the language just chosen.
                  void setLanguage(value as Language);
                }}
              />
              <Select
                name="currency"
                label={t("fields.currency")}
                data={currencies}
                allowDeselect={false}
                searchable
                nothingFoundMessage={t("nothingFound")}
                {...form.getInputProps("currency")}
              />
              <Select
                name="time_zone"
                label={t("fields.time_zone")}
                description={t("fields.time_zone_hint")}
                data={zones}
                allowDeselect={false}
                searchable
                limit={100}
                nothingFoundMessage={t("nothingFound")}
                {...form.getInputProps("time_zone")}
              />
              <NumberInput
                name="ack_target_hours"
                label={t("fields.ack_target_hours")}
                description={t("fields.ack_target_hours_hint")}
                min={1}
                max={LIMITS.ackTargetHours}
                allowDecimal={false}
                allowNegative={false}
                {...form.getInputProps("ack_target_hours")}
              />
            </SimpleGrid>

            {failure && (
              <Alert color="red" title={t("errors:title")}>
                {failure}
              </Alert>
            )}
            <Button type="submit" size="md" loading={busy} data-testid="setup-submit" style={{ alignSelf: "flex-start" }}>
              {t("submit")}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
