// Slot for "Report PDF…" next to "Export CSV…". The monthly report PDF's backend is being
// built separately; until its command exists this renders nothing. Whoever wires it up
// replaces this component only (same props), so the review screen need not change.
export function ReportPdfAction(_props: { month: string }) {
  return null;
}
