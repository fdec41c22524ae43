// The customer's inputs: the same set the case form asks for a new customer, plus a note.
import { Select, SimpleGrid, Stack, TextInput, Textarea } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { ADDRESS_FORMS, GENDERS, LANGUAGES, LIMITS, type AddressForm, type Gender, type Language } from "../../../bindings";
import { usualAddressForm, type CustomerFormValues } from "./customerValues";

export function CustomerFields({ form }: { form: UseFormReturnType<CustomerFormValues> }) {
  const { t } = useTranslation("customers");
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          name="surname"
          label={t("fields.surname")}
          maxLength={LIMITS.personName}
          autoFocus
          {...form.getInputProps("surname")}
        />
        <TextInput
          name="first_name"
          label={t("fields.first_name")}
          maxLength={LIMITS.personName}
          {...form.getInputProps("first_name")}
        />
        <TextInput
          name="patronymic"
          label={t("fields.patronymic")}
          maxLength={LIMITS.personName}
          {...form.getInputProps("patronymic")}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput name="phone" type="tel" label={t("fields.phone")} {...form.getInputProps("phone")} />
        <TextInput name="email" type="email" label={t("fields.email")} {...form.getInputProps("email")} />
        <TextInput
          name="messenger"
          label={t("fields.messenger")}
          placeholder={t("fields.messengerPlaceholder")}
          maxLength={LIMITS.messenger}
          {...form.getInputProps("messenger")}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          name="language"
          label={t("fields.language")}
          description={t("fields.languageHint")}
          allowDeselect={false}
          data={LANGUAGES.map((l) => ({ value: l, label: t(`common:language.${l}`) }))}
          {...form.getInputProps("language")}
          onChange={(value) => {
            if (!value) return;
            const current = form.getValues();
            form.setFieldValue("language", value as Language);
            // Follow the new language's usual form of address unless one was chosen by hand.
            if (current.address_form === usualAddressForm(current.language)) {
              form.setFieldValue("address_form", usualAddressForm(value as Language));
            }
          }}
        />
        <Select
          name="gender"
          label={t("fields.gender")}
          description={t("fields.genderHint")}
          placeholder={t("fields.genderPlaceholder")}
          clearable
          data={GENDERS.map((g) => ({ value: g, label: t(`common:gender.${g}`) }))}
          {...form.getInputProps("gender")}
          onChange={(value) => form.setFieldValue("gender", value as Gender | null)}
        />
        <Select
          name="address_form"
          label={t("fields.address_form")}
          description={t("fields.addressFormHint")}
          allowDeselect={false}
          data={ADDRESS_FORMS.map((a) => ({ value: a, label: t(`common:addressForm.${a}`) }))}
          {...form.getInputProps("address_form")}
          onChange={(value) => value && form.setFieldValue("address_form", value as AddressForm)}
        />
      </SimpleGrid>
      <Textarea
        name="note"
        label={t("fields.note")}
        description={t("fields.noteHint")}
        autosize
        minRows={3}
        maxRows={10}
        {...form.getInputProps("note")}
      />
    </Stack>
  );
}
