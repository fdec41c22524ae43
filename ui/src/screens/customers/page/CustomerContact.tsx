// How to reach the customer and how letters address them.
import { Card, DataList, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Customer } from "../../../bindings";

export function CustomerContact({ customer }: { customer: Customer }) {
  const { t } = useTranslation("customers");
  const dash = t("common:notSet");
  const rows: [string, string][] = [
    [t("fields.phone"), customer.phone ?? dash],
    [t("fields.email"), customer.email ?? dash],
    [t("fields.messenger"), customer.messenger ?? dash],
    [t("fields.language"), t(`common:language.${customer.language}`)],
    [t("fields.address_form"), t(`common:addressForm.${customer.address_form}`)],
    [t("fields.gender"), customer.gender ? t(`common:gender.${customer.gender}`) : dash],
  ];
  return (
    <Card data-testid="customer-contact">
      <Title order={3} size="h5" mb="sm">
        {t("page.contact")}
      </Title>
      <DataList labelWidth={170}>
        {rows.map(([label, value]) => (
          <DataList.Item key={label}>
            <DataList.ItemLabel>{label}</DataList.ItemLabel>
            <DataList.ItemValue>{value}</DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
      {customer.note && (
        <>
          <Text size="sm" fw={500} mt="md" mb={4}>
            {t("fields.note")}
          </Text>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }} data-testid="customer-note">
            {customer.note}
          </Text>
        </>
      )}
    </Card>
  );
}
