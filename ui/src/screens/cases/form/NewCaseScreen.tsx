// Records a new case, then opens it.
import { useState } from "react";
import { notifications } from "@mantine/notifications";
import { useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/PageHeader";
import { useCreateCase } from "../../../queries/cases";
import { useShop } from "../../../queries/settings";
import { CaseForm } from "./CaseForm";
import { newCaseValues } from "./caseFormValues";

export function NewCaseScreen() {
  const { t } = useTranslation("cases");
  const navigate = useNavigate();
  const shop = useShop();
  const create = useCreateCase();
  // Defaults are taken once: "now" must not move while the form is open.
  const [initialValues] = useState(() => newCaseValues(shop));

  return (
    <>
      <PageHeader title={t("form.newTitle")} />
      <CaseForm
        initialValues={initialValues}
        submitLabel={t("form.submitNew")}
        save={(input) => create.mutateAsync(input)}
        onSaved={(view) => {
          notifications.show({ color: "teal", message: t("form.created", { number: view.number }) });
          // Replace the form in history: Back from the case goes to the list, not an empty form.
          navigate(`/cases/${view.id}`, { replace: true });
        }}
      />
    </>
  );
}
