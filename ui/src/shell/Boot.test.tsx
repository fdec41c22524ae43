import { screen } from "@testing-library/react";
import { render } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { Providers } from "../App";
import { createQueryClient } from "../queries/client";
import { appInfo, shopProfile } from "../test/fixtures";
import { routeInvoke } from "../test/mockInvoke";
import { Boot } from "./Boot";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

function renderBoot() {
  return render(
    <Providers client={createQueryClient()}>
      <Boot />
    </Providers>,
  );
}

describe("Boot", () => {
  it("shows the navigation in the shop's language once the shop is set up", async () => {
    routeInvoke({
      app_info: () => appInfo(shopProfile("ru")),
      list_cases: () => ({ items: [], total: 0 }),
      list_categories: () => [],
    });
    renderBoot();
    expect(await screen.findByTestId("nav-cases")).toHaveTextContent("Обращения");
    expect(screen.getByTestId("nav-customers")).toHaveTextContent("Клиенты");
    expect(screen.getByTestId("nav-staff")).toHaveTextContent("Сотрудники");
    expect(screen.getByTestId("nav-settings")).toHaveTextContent("Настройки");
  });

  it("says why the data could not be opened", async () => {
    routeInvoke({
      app_info: () =>
        Promise.reject({
          code: "database_too_new",
          message: "newer",
          fields: [],
          params: { found: 9, supported: 2 },
        }),
    });
    renderBoot();
    expect(await screen.findByText(/схема 9/)).toBeInTheDocument();
  });
});
