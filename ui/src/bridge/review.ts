// The monthly review: typed wrappers of src-tauri/src/commands/review.rs
// (get_month_review, export_month_csv) and the save dialog for the month's CSV.
import { save } from "@tauri-apps/plugin-dialog";
import type { MonthReview } from "../bindings";
import { call } from "./invoke";

export const reviewApi = {
  /** One month's figures, breakdowns and trend; null = the last full month. */
  get: (month: string | null) => call<MonthReview>("get_month_review", { month }),
  /** Writes the month's cases as CSV to a chosen path; returns how many rows were written. */
  exportCsv: (month: string, path: string) => call<number>("export_month_csv", { month, path }),
  /** Writes the monthly report PDF to a chosen path; returns its page count. */
  saveReport: (month: string, path: string) => call<number>("save_month_report", { month, path }),
};

/** Where to save the report PDF, or null if the user closed the dialog. */
export async function pickPdfSaveTarget(title: string, defaultName: string): Promise<string | null> {
  return save({ title, defaultPath: defaultName, filters: [{ name: "PDF", extensions: ["pdf"] }] });
}

/** Where to save the month's CSV, or null if the user closed the dialog. */
export async function pickCsvSaveTarget(title: string, defaultName: string): Promise<string | null> {
  return save({ title, defaultPath: defaultName, filters: [{ name: "CSV", extensions: ["csv"] }] });
}
