// The recovery screen: a damaged database at start-up offers the newest good backup, and
// restoring it opens the app normally; with no backup, the way forward is spelled out.
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { open } from "@tauri-apps/plugin-dialog";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { Providers } from "../../App";
import type { BackupInfo } from "../../bindings";
import { setLanguage } from "../../i18n";
import { createQueryClient } from "../../queries/client";
import { backupInfo } from "../../test/backups";
import { appInfo, shopProfile } from "../../test/fixtures";
import { routeInvoke, type Handler } from "../../test/mockInvoke";
import { Boot } from "../Boot";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));
vi.mock("@tauri-apps/plugin-dialog", () => ({ open: vi.fn(), save: vi.fn() }));

const newest = backupInfo({ path: "/data/backups/auto-20261124T060000Z", created_at: "2026-11-24T06:00:00Z", case_count: 61 });
// Listed first (newest) but failed verification: the core names another one as good.
const broken = backupInfo({ path: "/data/backups/auto-20261125T060000Z", created_at: "2026-11-25T06:00:00Z" });

function damaged(backups: BackupInfo[], newestGood: string | null) {
  return {
    code: "database_damaged",
    message: "damaged",
    fields: [],
    params: { detail: "file is not a database", backups, newest_good: newestGood },
  };
}

function renderBoot(handlers: Record<string, Handler>) {
  const mock = routeInvoke(handlers);
  render(
    <Providers client={createQueryClient()}>
      <Boot />
    </Providers>,
  );
  return mock;
}

beforeEach(async () => {
  vi.mocked(open).mockReset();
  await setLanguage("ru");
});

describe("recovery screen", () => {
  it("offers the newest good backup and restores it, then opens the app", async () => {
    const user = userEvent.setup({ delay: null });
    let recovered = false;
    const recover = vi.fn(() => {
      recovered = true;
      return { damaged_file: "/data/amends.db.damaged-20261125T090000Z", restored: newest };
    });
    const mock = renderBoot({
      app_info: () => (recovered ? appInfo(shopProfile("ru")) : Promise.reject(damaged([broken, newest], newest.path))),
      recover_from_backup: recover,
      list_cases: () => ({ items: [], total: 0 }),
      list_categories: () => [],
    });

    const screenEl = await screen.findByTestId("recovery-screen");
    expect(screenEl).toHaveTextContent("Ничего не будет удалено");
    expect(screen.getByTestId("backup-cases")).toHaveTextContent("61 обращение");
    expect(recover).not.toHaveBeenCalled();

    await user.click(screen.getByTestId("recovery-restore"));
    await waitFor(() => expect(recover).toHaveBeenCalledTimes(1));
    expect(mock).toHaveBeenCalledWith("recover_from_backup", { path: newest.path });
    expect(await screen.findByTestId("nav-cases")).toBeInTheDocument();
    expect(screen.queryByTestId("recovery-screen")).not.toBeInTheDocument();
  });

  it("switches to the recovery screen when the start-up check finds damage after the app is drawn", async () => {
    const user = userEvent.setup({ delay: null });
    let recovered = false;
    const recover = vi.fn(() => {
      recovered = true;
      return { damaged_file: "/data/amends.db.damaged-20261125T090000Z", restored: newest };
    });
    renderBoot({
      app_info: () => appInfo(shopProfile("ru")),
      startup_check: () => (recovered ? null : Promise.reject(damaged([newest], newest.path))),
      recover_from_backup: recover,
      list_cases: () => ({ items: [], total: 0, total_capped: false }),
      list_categories: () => [],
      list_staff: () => [],
    });
    expect(await screen.findByTestId("recovery-screen")).toHaveTextContent("Ничего не будет удалено");
    await user.click(screen.getByTestId("recovery-restore"));
    await waitFor(() => expect(recover).toHaveBeenCalledTimes(1));
    expect(await screen.findByTestId("nav-cases")).toBeInTheDocument();
    expect(screen.queryByTestId("recovery-screen")).not.toBeInTheDocument();
  });

  it("restores from another backup folder once it is verified and shown", async () => {
    const user = userEvent.setup({ delay: null });
    const usb = backupInfo({ path: "/media/usb/amends-backup-1", kind: "manual", case_count: 12 });
    vi.mocked(open).mockResolvedValue(usb.path);
    const recover = vi.fn(() => Promise.reject({ code: "disk_full", message: "", fields: [], params: null }));
    const mock = renderBoot({
      app_info: () => Promise.reject(damaged([newest], newest.path)),
      inspect_backup: () => usb,
      recover_from_backup: recover,
    });
    await user.click(await screen.findByTestId("recovery-choose"));
    await waitFor(() => expect(screen.getByTestId("backup-cases")).toHaveTextContent("12 обращений"));
    expect(mock).toHaveBeenCalledWith("inspect_backup", { path: usb.path });
    expect(recover).not.toHaveBeenCalled();

    await user.click(screen.getByTestId("recovery-restore"));
    expect(await screen.findByTestId("recovery-error")).toHaveTextContent("На диске закончилось место");
    expect(mock).toHaveBeenCalledWith("recover_from_backup", { path: usb.path });
  });

  it("says what to do when there is no backup, naming the data folder", async () => {
    renderBoot({
      app_info: () => Promise.reject(damaged([], null)),
      data_folder: () => "/home/shop/.local/share/amends",
    });
    const help = await screen.findByTestId("recovery-no-backup");
    expect(help).toHaveTextContent("обратитесь в поддержку");
    await waitFor(() => expect(help).toHaveTextContent("/home/shop/.local/share/amends"));
    expect(screen.queryByTestId("recovery-restore")).not.toBeInTheDocument();
  });
});
