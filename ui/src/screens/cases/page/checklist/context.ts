// What every part of the case page's checklist area shares: which case, who is acting
// ("Done by"), the case's currency and the shop's time zone, and the one reason dialog.
import { createContext, useContext } from "react";
import type { ActorId } from "../../../../bridge/checklist";
import type { ReasonRequest } from "./ReasonModal";

export interface CaseDesk {
  caseId: string;
  actorId: ActorId;
  currency: string;
  zone: string | undefined;
  askReason: (request: ReasonRequest) => void;
}

export const CaseDeskContext = createContext<CaseDesk | null>(null);

export function useCaseDesk(): CaseDesk {
  const desk = useContext(CaseDeskContext);
  if (!desk) throw new Error("useCaseDesk outside the case page");
  return desk;
}
