// Settings: the logo's refusals sit next to the logo field, saving a language switches the
// UI, categories show translated starting names, and the about tab names the data folder.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Category, ShopProfileInput } from "../../bindings";
import { appInfo, shopProfile } from "../../test/fixtures";
import { routeInvoke, type Handler } from "../../test/mockInvoke";
import { renderWithApp } from "../../test/render";
import { settingsRoutes } from "./routes";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

const categories: Category[] = [
  { id: "cat-defective", code: "defective", name: null, position: 0, archived: false },
  { id: "cat-delivery", code: "delivery", name: "Курьер опоздал", position: 1, archived: false },
  { id: "cat-old", code: null, name: "Старая категория", position: 2, archived: true },
];

function renderSettings(tab: string, handlers: Record<string, Handler>, language: "ru" | "en" = "ru") {
  const mock = routeInvoke({
    app_info: () => appInfo(shopProfile(language)),
    get_shop_logo: () => null,
    list_categories: () => categories,
    ...handlers,
  });
  return renderWithApp(settingsRoutes, {
    language,
    path: `/settings?tab=${tab}`,
    appInfo: appInfo(shopProfile(language)),
  }).then((utils) => ({ ...utils, mock }));
}

function fileInput(): HTMLInputElement {
  const input = screen.getByTestId("logo-field").querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error("no file input in the logo field");
  return input;
}

beforeAll(() => {
  // jsdom's File has no arrayBuffer(); the webview's has. Read it the older way.
  if (typeof Blob.prototype.arrayBuffer !== "function") {
    Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob) {
      return new Promise<ArrayBuffer>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.onerror = () => reject(reader.error);
        reader.readAsArrayBuffer(this);
      });
    };
  }
});

describe("settings: logo", () => {
  it("shows the core's logo_unsupported refusal next to the logo field", async () => {
    const user = userEvent.setup({ delay: null });
    const setLogo = vi.fn(() =>
      Promise.reject({
        code: "invalid_input",
        message: "logo",
        fields: [{ field: "logo", code: "logo_unsupported", limit: null }],
        params: null,
      }),
    );
    await renderSettings("logo", { set_shop_logo: setLogo });
    expect(await screen.findByText("Логотипа нет")).toBeInTheDocument();

    // A file that passes the quick checks here (a PNG by name and type) but not the core's.
    await user.upload(fileInput(), new File(["not really a png"], "logo.png", { type: "image/png" }));

    const field = screen.getByTestId("logo-field");
    await waitFor(() => expect(within(field).getByText("Подойдёт картинка PNG или JPEG")).toBeInTheDocument());
    expect(setLogo).toHaveBeenCalledTimes(1);
    const sent = (setLogo.mock.calls[0] as unknown[])[0] as { bytes: number[] };
    expect(sent.bytes).toHaveLength("not really a png".length);
  });

  it("refuses a file over 2 MB without sending it", async () => {
    const user = userEvent.setup({ delay: null });
    const setLogo = vi.fn();
    await renderSettings("logo", { set_shop_logo: setLogo }, "en");
    await screen.findByText("No logo");
    const big = new File([new Uint8Array(2 * 1024 * 1024 + 1)], "big.jpg", { type: "image/jpeg" });
    await user.upload(fileInput(), big);

    expect(await within(screen.getByTestId("logo-field")).findByText(/larger than 2 MB/)).toBeInTheDocument();
    expect(setLogo).not.toHaveBeenCalled();
  });

  it("previews the current logo and removes it", async () => {
    const user = userEvent.setup({ delay: null });
    const clear = vi.fn(() => ({ ...shopProfile("ru"), has_logo: false }));
    await renderSettings("logo", { get_shop_logo: () => "data:image/png;base64,AAAA", clear_shop_logo: clear });
    expect(await screen.findByAltText("Логотип магазина")).toHaveAttribute("src", "data:image/png;base64,AAAA");
    await user.click(screen.getByTestId("logo-remove"));
    await waitFor(() => expect(clear).toHaveBeenCalledTimes(1));
  });
});

describe("settings: shop profile", () => {
  it("saves the profile and switches the UI to the language just saved", async () => {
    const user = userEvent.setup({ delay: null });
    const save = vi.fn((args: Record<string, unknown> | undefined) => ({
      ...shopProfile("en"),
      ...(args?.input as ShopProfileInput),
    }));
    await renderSettings("profile", {
      save_shop_profile: save,
      search_customers: () => [],
      app_info: () => appInfo(shopProfile("en")),
    });
    const form = await screen.findByTestId("settings-profile-form");

    // Pick English in the language select.
    await user.click(within(form).getByLabelText("Язык программы и писем"));
    await user.click(await screen.findByRole("option", { name: "English", hidden: true }));
    // Not switched before saving.
    expect(screen.getByTestId("settings-save")).toHaveTextContent("Сохранить");

    await user.click(screen.getByTestId("settings-save"));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect((save.mock.calls[0]![0]!.input as ShopProfileInput).language).toBe("en");
    await waitFor(() => expect(screen.getByTestId("settings-save")).toHaveTextContent("Save"));
    expect(screen.getByTestId("settings-tab-profile")).toHaveTextContent("Shop");
  });

  it("shows 'required' next to an emptied shop name and does not save", async () => {
    const user = userEvent.setup({ delay: null });
    const save = vi.fn();
    await renderSettings("profile", { save_shop_profile: save });
    const form = await screen.findByTestId("settings-profile-form");
    const shopName = form.querySelector<HTMLInputElement>('[name="shop_name"]')!;
    await user.clear(shopName);
    await user.click(screen.getByTestId("settings-save"));

    await waitFor(() => expect(shopName).toHaveAttribute("aria-invalid", "true"));
    expect(within(form).getByText("Заполните это поле")).toBeInTheDocument();
    expect(save).not.toHaveBeenCalled();
  });
});

describe("settings: categories", () => {
  it("shows translated starting names, own names, and the archive behind a switch", async () => {
    const user = userEvent.setup({ delay: null });
    const { mock } = await renderSettings("categories", {});
    const active = await screen.findByTestId("categories-active");
    expect(mock).toHaveBeenCalledWith("list_categories", { includeArchived: true });
    expect(within(active).getByText("Брак или повреждение")).toBeInTheDocument();
    expect(within(active).getByText("Курьер опоздал")).toBeInTheDocument();
    expect(within(active).getByText("Изначально: Доставка задержалась или не пришла")).toBeInTheDocument();
    expect(screen.queryByText("Старая категория")).not.toBeInTheDocument();

    await user.click(screen.getByTestId("categories-show-archived"));
    expect(within(await screen.findByTestId("categories-archived")).getByText("Старая категория")).toBeInTheDocument();
  });

  it("renames a starting category and archives another", async () => {
    const user = userEvent.setup({ delay: null });
    const rename = vi.fn(() => categories[0]);
    const archive = vi.fn(() => categories[1]);
    await renderSettings("categories", { rename_category: rename, set_category_archived: archive });
    const rows = await within(await screen.findByTestId("categories-active")).findAllByTestId("category-row");

    await user.click(within(rows[0]!).getByText("Переименовать"));
    const input = within(rows[0]!).getByTestId("category-name-input");
    expect(input).toHaveValue("Брак или повреждение");
    await user.clear(input);
    await user.type(input, "Брак{Enter}");
    await waitFor(() => expect(rename).toHaveBeenCalledWith({ id: "cat-defective", input: { name: "Брак" } }));

    await user.click(within(rows[1]!).getByTestId("category-archive"));
    await waitFor(() => expect(archive).toHaveBeenCalledWith({ id: "cat-delivery", archived: true }));
  });

  it("asks for a name before adding a category", async () => {
    const user = userEvent.setup({ delay: null });
    const create = vi.fn();
    await renderSettings("categories", { create_category: create });
    await screen.findByTestId("categories-active");
    await user.click(screen.getByTestId("category-add"));
    expect(await within(screen.getByTestId("category-add-form")).findByText("Заполните это поле")).toBeInTheDocument();
    expect(create).not.toHaveBeenCalled();
  });
});

describe("settings: about", () => {
  it("shows the version, data folder and schema version", async () => {
    await renderSettings("about", {}, "en");
    const about = await screen.findByTestId("settings-about");
    expect(within(about).getByTestId("about-version")).toHaveTextContent("0.1.0");
    expect(within(about).getByTestId("about-data-dir")).toHaveTextContent("/tmp/amends");
    expect(within(about).getByTestId("about-schema")).toHaveTextContent("2");
  });
});
