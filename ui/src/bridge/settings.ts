// Shop profile, staff and categories: typed wrappers of src-tauri/src/commands/settings.rs.
import type { AppInfo, Category, CategoryInput, ShopProfile, ShopProfileInput, Staff, StaffInput } from "../bindings";
import { call } from "./invoke";

export const settingsApi = {
  appInfo: () => call<AppInfo>("app_info"),
  saveShopProfile: (input: ShopProfileInput) => call<ShopProfile>("save_shop_profile", { input }),
  /** PNG or JPEG bytes; the core checks size and format. */
  setShopLogo: (bytes: Uint8Array) => call<ShopProfile>("set_shop_logo", { bytes: Array.from(bytes) }),
  clearShopLogo: () => call<ShopProfile>("clear_shop_logo"),
  /** The logo as a data: URL, or null when there is none. */
  getShopLogo: () => call<string | null>("get_shop_logo"),

  listStaff: (includeInactive: boolean) => call<Staff[]>("list_staff", { includeInactive }),
  createStaff: (input: StaffInput) => call<Staff>("create_staff", { input }),
  updateStaff: (id: string, input: StaffInput) => call<Staff>("update_staff", { id, input }),
  setStaffActive: (id: string, active: boolean) => call<Staff>("set_staff_active", { id, active }),

  listCategories: (includeArchived: boolean) => call<Category[]>("list_categories", { includeArchived }),
  createCategory: (input: CategoryInput) => call<Category>("create_category", { input }),
  renameCategory: (id: string, input: CategoryInput) => call<Category>("rename_category", { id, input }),
  setCategoryArchived: (id: string, archived: boolean) =>
    call<Category>("set_category_archived", { id, archived }),
};
