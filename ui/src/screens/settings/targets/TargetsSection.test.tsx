// Settings → service targets: the form's own checks, the payload it saves (seven days,
// closed ones null, the limit in minor units) and the core's field errors placed by field.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { ServiceTargets } from "../../../bindings";
import { appInfo, shopProfile } from "../../../test/fixtures";
import { routeInvoke, type Handler } from "../../../test/mockInvoke";
import { renderWithApp } from "../../../test/render";
import { settingsRoutes } from "../routes";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

const saved: ServiceTargets = {
  ack_business_hours: false,
  opening_hours: [
    { open: "09:00", close: "18:00" },
    { open: "09:00", close: "18:00" },
    { open: "09:00", close: "18:00" },
    { open: "09:00", close: "18:00" },
    { open: "09:00", close: "18:00" },
    { open: "10:00", close: "16:00" },
    null,
  ],
  decision_days: 3,
  follow_up_days: 7,
  compensation_limit_minor: null,
  jurisdiction: "ru",
};

async function renderTargets(handlers: Record<string, Handler>, language: "ru" | "en" = "ru") {
  return (await renderTargetsWithRouter(handlers, language)).form;
}

async function renderTargetsWithRouter(handlers: Record<string, Handler>, language: "ru" | "en" = "ru") {
  routeInvoke({
    app_info: () => appInfo(shopProfile(language)),
    get_shop_logo: () => null,
    list_categories: () => [],
    get_service_targets: () => saved,
    ...handlers,
  });
  const { router } = await renderWithApp(settingsRoutes, {
    language,
    path: "/settings?tab=targets",
    appInfo: appInfo(shopProfile(language)),
  });
  return { router, form: await screen.findByTestId("settings-targets-form") };
}

describe("settings: service targets", () => {
  it("shows the acknowledgement hours from the profile and the week Monday first", async () => {
    const form = await renderTargets({});
    expect(within(form).getByTestId("targets-ack-hours")).toHaveTextContent("в течение 2 часов");
    expect(within(form).getByTestId("opening-day-0")).toHaveTextContent("Понедельник");
    expect(within(form).getByTestId("opening-day-6")).toHaveTextContent("Воскресенье");
    expect(within(form).getByTestId("opening-day-6")).toHaveTextContent("Выходной");
  });

  it("points at an emptied number of days without saving", async () => {
    const user = userEvent.setup({ delay: null });
    const save = vi.fn();
    const form = await renderTargets({ save_service_targets: save });
    const days = within(form).getByLabelText("Срок решения, дней");
    // Out-of-range numbers are clamped as they are typed; an empty field is the way to err.
    await user.clear(days);
    await user.click(within(form).getByTestId("targets-save"));
    expect(await within(form).findByText("Число от 1 до 45")).toBeInTheDocument();
    expect(days).toHaveAttribute("aria-invalid", "true");
    expect(save).not.toHaveBeenCalled();
  });

  it("saves seven days with closed ones as null and the limit in minor units", async () => {
    const user = userEvent.setup({ delay: null });
    const save = vi.fn((args: Record<string, unknown> | undefined) => args?.targets as ServiceTargets);
    const form = await renderTargets({ save_service_targets: save });

    await user.click(within(within(form).getByTestId("opening-day-6")).getByRole("switch"));
    await user.click(within(within(form).getByTestId("opening-day-0")).getByRole("switch"));
    await user.click(within(form).getByTestId("targets-business-hours"));
    await user.type(within(form).getByLabelText("Лимит компенсации на одно обращение"), "1500,5");
    await user.click(within(form).getByLabelText("Великобритания"));
    expect(within(form).getByTestId("targets-jurisdiction-note")).toBeInTheDocument();

    await user.click(within(form).getByTestId("targets-save"));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save).toHaveBeenCalledWith({
      targets: {
        ack_business_hours: true,
        opening_hours: [
          null,
          { open: "09:00", close: "18:00" },
          { open: "09:00", close: "18:00" },
          { open: "09:00", close: "18:00" },
          { open: "09:00", close: "18:00" },
          { open: "10:00", close: "16:00" },
          // Sunday opened: it starts from the usual hours.
          { open: "09:00", close: "18:00" },
        ],
        decision_days: 3,
        follow_up_days: 7,
        compensation_limit_minor: 150050,
        jurisdiction: "uk",
      },
    });
    expect(await screen.findByText("Сроки сохранены, открытые обращения пересчитаны")).toBeInTheDocument();
    // Saved: the jurisdiction note goes, the form is clean again.
    await waitFor(() => expect(within(form).queryByTestId("targets-jurisdiction-note")).toBeNull());
  });

  it("places the core's field errors next to the weekday and the limit", async () => {
    const user = userEvent.setup({ delay: null });
    const save = vi.fn(() =>
      Promise.reject({
        code: "invalid_input",
        message: "targets",
        fields: [
          { field: "opening_hours.2", code: "close_before_open", limit: null },
          { field: "compensation_limit_minor", code: "out_of_range", limit: null },
        ],
        params: null,
      }),
    );
    const form = await renderTargets({ save_service_targets: save }, "en");
    await user.type(within(form).getByLabelText("Compensation limit per case"), "5");
    await user.click(within(form).getByTestId("targets-save"));
    expect(await within(form).findByTestId("opening-day-2-error")).toHaveTextContent("Closing time must be after opening time");
    expect(within(form).getByText("The amount is too large")).toBeInTheDocument();
    expect(within(form).getByTestId("settings-targets-error")).toHaveTextContent("Correct the marked fields");
  });

  it("asks before leaving Settings with unsaved targets", async () => {
    const user = userEvent.setup({ delay: null });
    const { router, form } = await renderTargetsWithRouter({});
    await user.click(within(form).getByTestId("targets-business-hours"));
    void router.navigate("/cases");
    expect(await screen.findByTestId("unsaved-leave")).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/settings");
  });
});
