// Mirrors the core's validate_shop, plus the logo's file checks.
import { LIMITS } from "../../bindings";
import type { Problems } from "../../lib/formErrors";
import { checkLogoFile } from "../../lib/logo";
import { checkEmail, checkOptional, checkPhone, checkRequired } from "../../lib/validate";
import type { SetupValues } from "./setupValues";

export function validateSetup(values: SetupValues): Problems {
  const hours = values.ack_target_hours;
  return {
    shop_name: checkRequired(values.shop_name, LIMITS.shopName),
    legal_name: checkOptional(values.legal_name, LIMITS.legalName),
    address: checkOptional(values.address, LIMITS.address),
    phone: checkPhone(values.phone, LIMITS.phone),
    email: checkEmail(values.email, LIMITS.email),
    owner_name: checkRequired(values.owner_name, LIMITS.personName),
    owner_title: checkOptional(values.owner_title, LIMITS.ownerTitle),
    currency: /^[A-Z]{3}$/.test(values.currency.trim()) ? null : { code: "invalid_currency" },
    time_zone: values.time_zone ? null : { code: "required" },
    ack_target_hours:
      typeof hours === "number" && Number.isInteger(hours) && hours >= 1 && hours <= LIMITS.ackTargetHours
        ? null
        : { code: "out_of_range", limit: LIMITS.ackTargetHours },
    logo: checkLogoFile(values.logo),
  };
}
