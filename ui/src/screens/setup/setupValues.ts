import type { Language, ShopProfileInput } from "../../bindings";

/** The setup form: the profile as typed, plus the logo file chosen (uploaded after saving). */
export interface SetupValues {
  shop_name: string;
  legal_name: string;
  address: string;
  phone: string;
  email: string;
  owner_name: string;
  owner_title: string;
  language: Language;
  currency: string;
  time_zone: string;
  ack_target_hours: number | string;
  logo: File | null;
}

export function setupDefaults(suggested: ShopProfileInput): SetupValues {
  return { ...suggested, logo: null };
}

export function toProfileInput(values: SetupValues): ShopProfileInput {
  return {
    shop_name: values.shop_name.trim(),
    legal_name: values.legal_name.trim(),
    address: values.address.trim(),
    phone: values.phone.trim(),
    email: values.email.trim(),
    owner_name: values.owner_name.trim(),
    owner_title: values.owner_title.trim(),
    language: values.language,
    currency: values.currency.trim().toUpperCase(),
    time_zone: values.time_zone,
    ack_target_hours: Number(values.ack_target_hours),
  };
}
