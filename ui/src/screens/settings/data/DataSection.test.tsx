// Settings → Data: a backup is shown (and verified) before it can replace the data, and
// only the explicit confirmation restores it; a refused backup is explained in place.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { open } from "@tauri-apps/plugin-dialog";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { backupInfo } from "../../../test/backups";
import { appInfo, shopProfile } from "../../../test/fixtures";
import { routeInvoke, type Handler } from "../../../test/mockInvoke";
import { renderWithApp } from "../../../test/render";
import { settingsRoutes } from "../routes";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
vi.mock("@tauri-apps/plugin-dialog", () => ({ open: vi.fn(), save: vi.fn() }));

const USB = "/media/usb/amends-backup-20261125T180000Z";
const onUsb = backupInfo({
  path: USB,
  kind: "manual",
  case_count: 57,
  newest_case: { number: "2026-0057", received_at: "2026-11-25T12:00:00Z" },
});

function renderData(handlers: Record<string, Handler>, language: "ru" | "en" = "ru") {
  const mock = routeInvoke({
    app_info: () => appInfo(shopProfile(language)),
    list_backups: () => [backupInfo()],
    ...handlers,
  });
  return renderWithApp(settingsRoutes, {
    language,
    path: "/settings?tab=data",
    appInfo: appInfo(shopProfile(language)),
  }).then((utils) => ({ ...utils, mock }));
}

beforeEach(() => {
  vi.mocked(open).mockReset();
});

describe("settings: data", () => {
  it("shows what a chosen backup holds and restores it only after confirmation", async () => {
    const user = userEvent.setup({ delay: null });
    vi.mocked(open).mockResolvedValue(USB);
    const restore = vi.fn(() => ({ restored: onUsb, safety: backupInfo({ kind: "safety", path: "/data/backups/safety-1" }) }));
    const { mock } = await renderData({ inspect_backup: () => onUsb, restore_backup: restore });
    expect(await screen.findByTestId("backup-list")).toHaveTextContent("42 обращения");

    await user.click(screen.getByTestId("restore-choose"));
    const confirm = await screen.findByTestId("restore-confirm");
    expect(mock).toHaveBeenCalledWith("inspect_backup", { path: USB });
    expect(within(confirm).getByTestId("backup-cases")).toHaveTextContent("57 обращений");
    expect(within(confirm).getByTestId("backup-newest")).toHaveTextContent("№ 2026-0057");
    expect(within(confirm).getByTestId("backup-created")).toHaveTextContent("2026");
    expect(confirm).toHaveTextContent("страховочную копию");
    expect(restore).not.toHaveBeenCalled();

    await user.click(within(confirm).getByTestId("restore-confirm-button"));
    await waitFor(() => expect(restore).toHaveBeenCalledTimes(1));
    expect(mock).toHaveBeenCalledWith("restore_backup", { path: USB });
    expect(await screen.findByText("Данные восстановлены из копии")).toBeInTheDocument();
  });

  it("restores nothing when the owner cancels", async () => {
    const user = userEvent.setup({ delay: null });
    const restore = vi.fn();
    await renderData({ inspect_backup: () => backupInfo(), restore_backup: restore }, "en");
    const row = (await screen.findAllByTestId("backup-row"))[0]!;
    await user.click(within(row).getByRole("button", { name: /Restore the backup of/ }));
    const confirm = await screen.findByTestId("restore-confirm");
    expect(confirm).toHaveTextContent("42 cases");
    await user.click(within(confirm).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByTestId("restore-confirm")).not.toBeInTheDocument());
    expect(restore).not.toHaveBeenCalled();
  });

  it("explains a damaged backup next to the action and offers no confirmation", async () => {
    const user = userEvent.setup({ delay: null });
    vi.mocked(open).mockResolvedValue(USB);
    const restore = vi.fn();
    await renderData({
      inspect_backup: () =>
        Promise.reject({ code: "backup_invalid", message: "bad", fields: [], params: { path: USB, problems: ["x"] } }),
      restore_backup: restore,
    });
    await user.click(await screen.findByTestId("restore-choose"));
    expect(await screen.findByTestId("restore-check-error")).toHaveTextContent("Эту копию нельзя использовать");
    expect(screen.queryByTestId("restore-confirm")).not.toBeInTheDocument();
    expect(restore).not.toHaveBeenCalled();
  });

  it("backs up into the chosen folder and says where it went", async () => {
    const user = userEvent.setup({ delay: null });
    vi.mocked(open).mockResolvedValue("/media/usb");
    const backupNow = vi.fn(() => onUsb);
    await renderData({ backup_now: backupNow }, "en");
    await user.click(await screen.findByTestId("backup-now"));
    await waitFor(() => expect(backupNow).toHaveBeenCalledWith({ dest: "/media/usb" }));
    expect(await screen.findByText(`Saved in ${USB}`)).toBeInTheDocument();
  });
});
