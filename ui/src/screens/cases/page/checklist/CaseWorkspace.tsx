// The working part of the case page: the two clocks on top; the facts and the timeline on
// the left; the checklist and what it records (compensation, corrective actions, evidence)
// on the wider right, where the owner works.
import { useMemo, useState } from "react";
import { Alert, Center, Grid, Loader, Stack } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { CaseView } from "../../../../bindings";
import { checklistErrorMessage } from "../../../../bridge/checklist";
import { useChecklist } from "../../../../queries/checklist";
import { useShop } from "../../../../queries/settings";
import { CaseFacts } from "../CaseFacts";
import { ChecklistCard, OWNER } from "./ChecklistCard";
import { ClocksCard } from "./ClocksCard";
import { CompensationSection } from "./CompensationSection";
import { CaseDeskContext, type CaseDesk } from "./context";
import { CorrectiveSection } from "./CorrectiveSection";
import { EvidenceSection } from "./EvidenceSection";
import { ReasonModal, type ReasonRequest } from "./ReasonModal";
import { TimelineCard } from "./TimelineCard";
import { LetterCard } from "../letter/LetterCard";

export function CaseWorkspace({ view }: { view: CaseView }) {
  const { t } = useTranslation("checklist");
  const zone = useShop()?.time_zone;
  const checklist = useChecklist(view.id);
  // Acts are recorded in the handler's name unless someone else is picked ("Done by").
  const [actor, setActor] = useState<string>(view.handler?.id ?? OWNER);
  const [reason, setReason] = useState<ReasonRequest | null>(null);

  const desk = useMemo<CaseDesk>(
    () => ({
      caseId: view.id,
      actorId: actor === OWNER ? null : actor,
      currency: view.currency,
      zone,
      askReason: setReason,
    }),
    [view.id, view.currency, actor, zone],
  );

  const data = checklist.data;
  return (
    <CaseDeskContext.Provider value={desk}>
      <Stack gap="md">
        {data?.warnings.includes("handler_is_staff_involved") && (
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} data-testid="warning-handler">
            {t("warnings.handler_is_staff_involved")}
          </Alert>
        )}
        {data && <ClocksCard checklist={data} />}
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="md">
              <CaseFacts view={view} />
              <TimelineCard checklist={data} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            {checklist.isPending && (
              <Center py="xl">
                <Loader aria-label={t("common:loading")} />
              </Center>
            )}
            {checklist.isError && <Alert color="red">{checklistErrorMessage(t, checklist.error)}</Alert>}
            {data && (
              <Stack gap="md">
                <ChecklistCard
                  checklist={data}
                  actor={actor}
                  onActorChange={setActor}
                  keepStaff={[view.handler, view.staff_involved]}
                />
                <LetterCard checklist={data} />
                <CompensationSection checklist={data} />
                <CorrectiveSection checklist={data} />
                <EvidenceSection evidence={data.evidence} />
              </Stack>
            )}
          </Grid.Col>
        </Grid>
      </Stack>
      <ReasonModal request={reason} onClose={() => setReason(null)} />
    </CaseDeskContext.Provider>
  );
}
