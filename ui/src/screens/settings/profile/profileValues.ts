// The profile form reuses the first-start setup's values, checks and conversion; Settings
// only leaves out the logo, which has its own tab here.
import type { ShopProfile, ShopProfileInput } from "../../../bindings";
import type { Problems } from "../../../lib/formErrors";
import { toProfileInput, type SetupValues } from "../../setup/setupValues";
import { validateSetup } from "../../setup/validateSetup";

export type ProfileValues = Omit<SetupValues, "logo">;

export function profileToValues(shop: ShopProfile): ProfileValues {
  return {
    shop_name: shop.shop_name,
    legal_name: shop.legal_name,
    address: shop.address,
    phone: shop.phone,
    email: shop.email,
    owner_name: shop.owner_name,
    owner_title: shop.owner_title,
    language: shop.language,
    currency: shop.currency,
    time_zone: shop.time_zone,
    ack_target_hours: shop.ack_target_hours,
  };
}

export function validateProfile(values: ProfileValues): Problems {
  return validateSetup({ ...values, logo: null });
}

export function profileInput(values: ProfileValues): ShopProfileInput {
  return toProfileInput({ ...values, logo: null });
}

/** Every field with an input, for placing the core's field errors. */
export const PROFILE_FIELDS = [
  "shop_name",
  "legal_name",
  "address",
  "phone",
  "email",
  "owner_name",
  "owner_title",
  "language",
  "currency",
  "time_zone",
  "ack_target_hours",
] as const;
