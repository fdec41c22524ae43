// One customer: how to reach them, how to address them, and their history with the shop.
import { Alert, Anchor, Button, SimpleGrid, Stack } from "@mantine/core";
import { IconArrowLeft, IconPencil } from "@tabler/icons-react";
import { Link, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../../bridge/errors";
import { PageHeader } from "../../../components/PageHeader";
import { useCustomerPage } from "../../../queries/customers";
import { Loading } from "../../../components/Loading";
import { CustomerCases } from "./CustomerCases";
import { CustomerContact } from "./CustomerContact";
import { CustomerDataCard } from "./CustomerDataCard";
import { CustomerStanding } from "./CustomerStanding";

function BackToList() {
  const { t } = useTranslation("customers");
  return (
    <Anchor
      component={Link}
      to="/customers"
      size="sm"
      mb="xs"
      display="inline-flex"
      // Only the words are the link, not the whole row of the column.
      style={{ alignItems: "center", gap: 4, alignSelf: "flex-start" }}
    >
      <IconArrowLeft size={14} />
      {t("page.backToList")}
    </Anchor>
  );
}

export function CustomerPageScreen() {
  const { t } = useTranslation("customers");
  const { id } = useParams();
  const page = useCustomerPage(id);

  if (page.isPending) return <Loading />;
  if (page.isError) {
    return (
      <Stack align="flex-start">
        <BackToList />
        <Alert color="red" data-testid="customer-page-error">
          {errorMessage(t, page.error)}
        </Alert>
      </Stack>
    );
  }

  const { customer, cases } = page.data;
  return (
    <Stack gap={0} maw={1040}>
      <BackToList />
      <PageHeader title={customer.display_name}>
        <Button
          component={Link}
          to={`/customers/${customer.id}/edit`}
          leftSection={<IconPencil size={16} />}
          data-testid="customer-edit"
        >
          {t("common:actions.edit")}
        </Button>
      </PageHeader>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <CustomerContact customer={customer} />
          <CustomerStanding page={page.data} />
        </SimpleGrid>
        <CustomerCases cases={cases} />
        <CustomerDataCard customer={customer} />
      </Stack>
    </Stack>
  );
}
