// The shop profile's inputs. Labels and hints are the setup screen's, so the owner meets the
// same words at first start and in Settings.
import { useMemo } from "react";
import { NumberInput, Select, SimpleGrid, Stack, TextInput, Title } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { LANGUAGES, LIMITS, type Language } from "../../../bindings";
import { currencyOptions } from "../../setup/currencies";
import { timeZoneOptions } from "../../setup/timeZones";
import type { ProfileValues } from "./profileValues";

interface Props {
  form: UseFormReturnType<ProfileValues>;
  /** The saved currency and zone, kept selectable even if this system does not list them. */
  savedCurrency: string;
  savedTimeZone: string;
}

function SectionTitle({ children }: { children: string }) {
  return (
    <Title order={3} size="h5">
      {children}
    </Title>
  );
}

export function ProfileFields({ form, savedCurrency, savedTimeZone }: Props) {
  const { t, i18n } = useTranslation("settings");
  const lang = i18n.language;
  const zones = useMemo(() => timeZoneOptions(savedTimeZone), [savedTimeZone]);
  const currencies = useMemo(() => currencyOptions(lang, savedCurrency), [lang, savedCurrency]);
  const languages = LANGUAGES.map((value) => ({ value, label: t(`common:language.${value}`) }));

  return (
    <Stack gap="md">
      <SectionTitle>{t("setup:sections.shop")}</SectionTitle>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          name="shop_name"
          label={t("setup:fields.shop_name")}
          description={t("setup:fields.shop_name_hint")}
          required
          maxLength={LIMITS.shopName}
          {...form.getInputProps("shop_name")}
        />
        <TextInput
          name="legal_name"
          label={t("setup:fields.legal_name")}
          description={t("setup:fields.legal_name_hint")}
          maxLength={LIMITS.legalName}
          {...form.getInputProps("legal_name")}
        />
      </SimpleGrid>
      <TextInput
        name="address"
        label={t("setup:fields.address")}
        maxLength={LIMITS.address}
        {...form.getInputProps("address")}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput name="phone" type="tel" label={t("setup:fields.phone")} {...form.getInputProps("phone")} />
        <TextInput name="email" type="email" label={t("setup:fields.email")} {...form.getInputProps("email")} />
      </SimpleGrid>

      <SectionTitle>{t("setup:sections.owner")}</SectionTitle>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          name="owner_name"
          label={t("setup:fields.owner_name")}
          required
          maxLength={LIMITS.personName}
          {...form.getInputProps("owner_name")}
        />
        <TextInput
          name="owner_title"
          label={t("setup:fields.owner_title")}
          placeholder={t("setup:fields.owner_title_placeholder")}
          maxLength={LIMITS.ownerTitle}
          {...form.getInputProps("owner_title")}
        />
      </SimpleGrid>

      <SectionTitle>{t("setup:sections.preferences")}</SectionTitle>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          name="language"
          label={t("setup:fields.language")}
          description={t("profile.languageHint")}
          data={languages}
          allowDeselect={false}
          {...form.getInputProps("language")}
          onChange={(value) => value && form.setFieldValue("language", value as Language)}
        />
        <Select
          name="currency"
          label={t("setup:fields.currency")}
          description={t("profile.currencyHint")}
          data={currencies}
          allowDeselect={false}
          searchable
          nothingFoundMessage={t("setup:nothingFound")}
          {...form.getInputProps("currency")}
        />
        <Select
          name="time_zone"
          label={t("setup:fields.time_zone")}
          description={t("setup:fields.time_zone_hint")}
          data={zones}
          allowDeselect={false}
          searchable
          limit={100}
          nothingFoundMessage={t("setup:nothingFound")}
          {...form.getInputProps("time_zone")}
        />
        <NumberInput
          name="ack_target_hours"
          label={t("setup:fields.ack_target_hours")}
          description={t("setup:fields.ack_target_hours_hint")}
          min={1}
          max={LIMITS.ackTargetHours}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps("ack_target_hours")}
        />
      </SimpleGrid>
    </Stack>
  );
}
