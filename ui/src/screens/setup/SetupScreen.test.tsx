import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { ErrorPayload, ShopProfileInput } from "../../bindings";
import { shopProfile, suggestedProfile } from "../../test/fixtures";
import { routeInvoke } from "../../test/mockInvoke";
import { renderWithApp } from "../../test/render";
import { SetupScreen } from "./SetupScreen";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

function field(name: string): HTMLInputElement {
  const element = screen.getByTestId("setup-form").querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (!element) throw new Error(`no input named ${name}`);
  return element;
}

describe("first-start setup", () => {
  it("asks for the shop name and the owner's name before saving", async () => {
    const invoke = routeInvoke({});
    const user = userEvent.setup({ delay: null });
    await renderWithApp(<SetupScreen suggested={suggestedProfile} />, { language: "ru" });
    await user.click(screen.getByTestId("setup-submit"));
    await waitFor(() => expect(field("shop_name")).toHaveAttribute("aria-invalid", "true"));
    expect(field("owner_name")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getAllByText("Заполните это поле")).toHaveLength(2);
    expect(invoke).not.toHaveBeenCalled();
  });

  it("saves the profile with the suggested defaults, then the logo, and shows a logo error", async () => {
    const logoError: ErrorPayload = {
      code: "invalid_input",
      message: "",
      fields: [{ field: "logo", code: "logo_too_big_pixels", limit: 4000 }],
      params: null,
    };
    let saved: ShopProfileInput | null = null;
    const invoke = routeInvoke({
      save_shop_profile: (args) => {
        saved = (args as { input: ShopProfileInput }).input;
        return shopProfile("ru");
      },
      set_shop_logo: () => Promise.reject(logoError),
    });
    const user = userEvent.setup({ delay: null });
    await renderWithApp(<SetupScreen suggested={suggestedProfile} />, { language: "ru" });
    await user.type(field("shop_name"), "Ромашка");
    await user.type(field("owner_name"), "Анна Петрова");
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], "logo.png", { type: "image/png" });
    await user.upload(field("logo"), png);
    await user.click(screen.getByTestId("setup-submit"));

    expect(await screen.findByText("Картинка больше 4000 точек по стороне — уменьшите её")).toBeInTheDocument();
    expect(saved).toMatchObject({
      shop_name: "Ромашка",
      owner_name: "Анна Петрова",
      language: "ru",
      currency: "RUB",
      time_zone: "Europe/Moscow",
      ack_target_hours: 2,
    });
    const logoCall = invoke.mock.calls.find(([command]) => command === "set_shop_logo");
    expect(logoCall?.[1]).toEqual({ bytes: [0x89, 0x50, 0x4e, 0x47] });
    // Still on the setup screen, with what was typed.
    expect(field("shop_name")).toHaveValue("Ромашка");
  });
});
