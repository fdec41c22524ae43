// Edits a case with the same form, starting from what is recorded.
import { useMemo } from "react";
import { Alert, Center, Loader } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useNavigate, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import type { CaseView, Language } from "../../../bindings";
import { errorMessage } from "../../../bridge/errors";
import { PageHeader } from "../../../components/PageHeader";
import { useCase, useUpdateCase } from "../../../queries/cases";
import { useShop } from "../../../queries/settings";
import { CaseForm } from "./CaseForm";
import { caseToValues } from "./caseFormValues";

function EditForm({ view, language }: { view: CaseView; language: Language }) {
  const { t } = useTranslation("cases");
  const navigate = useNavigate();
  const update = useUpdateCase();
  const initialValues = useMemo(() => caseToValues(view, language), [view, language]);
  return (
    <>
      <PageHeader title={t("form.editTitle", { number: view.number })} />
      <CaseForm
        initialValues={initialValues}
        initialCustomer={view.customer}
        keepCategory={view.category}
        keepStaff={[view.staff_involved, view.handler]}
        submitLabel={t("form.submitEdit")}
        save={(input) => update.mutateAsync({ id: view.id, input })}
        onSaved={(saved) => {
          notifications.show({ color: "teal", message: t("form.updated") });
          navigate(`/cases/${saved.id}`, { replace: true });
        }}
      />
    </>
  );
}

export function EditCaseScreen() {
  const { t } = useTranslation("cases");
  const { id } = useParams();
  const shop = useShop();
  const found = useCase(id);

  if (found.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t("common:loading")} />
      </Center>
    );
  }
  if (found.isError) return <Alert color="red">{errorMessage(t, found.error)}</Alert>;
  // Keyed by the record's version, so a reload of the case starts the form afresh.
  return <EditForm key={found.data.updated_at} view={found.data} language={shop?.language ?? "ru"} />;
}
