// The customer typed straight into the case form, when they are not in the register yet.
import { Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { ADDRESS_FORMS, GENDERS, LANGUAGES, LIMITS, type AddressForm, type Gender, type Language } from "../../../bindings";
import { defaultAddressForm, type CaseFormValues } from "./caseFormValues";

export function NewCustomerFields({ form }: { form: UseFormReturnType<CaseFormValues> }) {
  const { t } = useTranslation("cases");
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          name="customer.surname"
          label={t("form.surname")}
          maxLength={LIMITS.personName}
          autoFocus
          {...form.getInputProps("customer.surname")}
        />
        <TextInput
          name="customer.first_name"
          label={t("form.first_name")}
          maxLength={LIMITS.personName}
          {...form.getInputProps("customer.first_name")}
        />
        <TextInput
          name="customer.patronymic"
          label={t("form.patronymic")}
          maxLength={LIMITS.personName}
          {...form.getInputProps("customer.patronymic")}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput name="customer.phone" type="tel" label={t("form.phone")} {...form.getInputProps("customer.phone")} />
        <TextInput name="customer.email" type="email" label={t("form.email")} {...form.getInputProps("customer.email")} />
        <TextInput
          name="customer.messenger"
          label={t("form.messenger")}
          placeholder={t("form.messengerPlaceholder")}
          maxLength={LIMITS.messenger}
          {...form.getInputProps("customer.messenger")}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          name="customer.language"
          label={t("form.customerLanguage")}
          allowDeselect={false}
          data={LANGUAGES.map((l) => ({ value: l, label: t(`common:language.${l}`) }))}
          {...form.getInputProps("customer.language")}
          onChange={(value) => {
            if (!value) return;
            const current = form.getValues().customer;
            form.setFieldValue("customer.language", value as Language);
            // Follow the new language's usual form of address unless one was chosen by hand.
            if (current.address_form === defaultAddressForm(current.language)) {
              form.setFieldValue("customer.address_form", defaultAddressForm(value as Language));
            }
          }}
        />
        <Select
          name="customer.gender"
          label={t("form.gender")}
          placeholder={t("form.genderPlaceholder")}
          clearable
          data={GENDERS.map((g) => ({ value: g, label: t(`common:gender.${g}`) }))}
          {...form.getInputProps("customer.gender")}
          onChange={(value) => form.setFieldValue("customer.gender", value as Gender | null)}
        />
        <Select
          name="customer.address_form"
          label={t("form.address_form")}
          allowDeselect={false}
          data={ADDRESS_FORMS.map((a) => ({ value: a, label: t(`common:addressForm.${a}`) }))}
          {...form.getInputProps("customer.address_form")}
          onChange={(value) => value && form.setFieldValue("customer.address_form", value as AddressForm)}
        />
      </SimpleGrid>
    </Stack>
  );
}
