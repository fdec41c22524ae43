// Sample backend data for unit tests, shaped by the generated bindings.
import type { AppInfo, Category, ShopProfile, ShopProfileInput, Staff } from "../bindings";

export const suggestedProfile: ShopProfileInput = {
  shop_name: "",
  legal_name: "",
  address: "",
  phone: "",
  email: "",
  owner_name: "",
  owner_title: "",
  language: "ru",
  currency: "RUB",
  time_zone: "Europe/Moscow",
  ack_target_hours: 2,
};

export function shopProfile(language: "ru" | "en" = "ru"): ShopProfile {
  return {
    ...suggestedProfile,
    shop_name: "Цветочная лавка",
    owner_name: "Анна Петрова",
    language,
    has_logo: false,
    updated_at: "2026-11-01T10:00:00.000Z",
  };
}

export function appInfo(shop: ShopProfile | null): AppInfo {
  return {
    version: "0.1.0",
    data_dir: "/tmp/amends",
    schema_version: 2,
    shop,
    suggested_profile: suggestedProfile,
  };
}

export const categories: Category[] = [
  { id: "cat-defective", code: "defective", name: null, position: 1, archived: false },
  { id: "cat-own", code: null, name: "Опоздание курьера", position: 2, archived: false },
];

export const staff: Staff[] = [
  {
    id: "staff-1",
    name: "Мария",
    role: "Продавец",
    active: true,
    created_at: "2026-01-01T00:00:00.000Z",
    updated_at: "2026-01-01T00:00:00.000Z",
  },
];
