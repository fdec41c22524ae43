// Edits a customer from the register, starting from what is recorded.
import { Alert } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useNavigate, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../../../bridge/errors";
import { PageHeader } from "../../../components/PageHeader";
import { useCustomerPage, useUpdateCustomer } from "../../../queries/customers";
import { Loading } from "../../../components/Loading";
import { CustomerForm } from "./CustomerForm";

export function CustomerEditScreen() {
  const { t } = useTranslation("customers");
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const page = useCustomerPage(id);
  const update = useUpdateCustomer();
  const backToPage = () => navigate(`/customers/${id}`);

  if (page.isPending) return <Loading />;
  if (page.isError) return <Alert color="red">{errorMessage(t, page.error)}</Alert>;

  const { customer } = page.data;
  return (
    <>
      <PageHeader title={t("edit.title", { name: customer.display_name })} />
      {/* Keyed by the record's version, so a reload of the customer starts the form afresh. */}
      <CustomerForm
        key={customer.updated_at}
        customer={customer}
        save={(input) => update.mutateAsync({ id: customer.id, input })}
        onSaved={() => {
          notifications.show({ color: "teal", message: t("edit.saved") });
          navigate(`/customers/${customer.id}`, { replace: true });
        }}
        onCancel={backToPage}
      />
    </>
  );
}
