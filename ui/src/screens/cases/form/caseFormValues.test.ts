import { describe, expect, it } from "vitest";
import { customerFromSearch, emptyCustomer, newCaseValues, toCaseInput } from "./caseFormValues";

describe("case form values", () => {
  it("defaults to now, in person, today's demand in the shop's zone", () => {
    const now = new Date("2026-11-25T22:30:00Z");
    const values = newCaseValues({ language: "ru", time_zone: "Europe/Moscow" }, now);
    // 22:30 UTC is already the 26th in Moscow.
    expect(values.demand_date).toBe("2026-11-26");
    expect(values.channel).toBe("in_person");
    expect(values.customer.address_form).toBe("name_patronymic");
  });

  it("sends blank optional text as null and a picked customer by id", () => {
    const values = { ...newCaseValues(null), customer_id: "cu-1", complaint: "  Протекает  ", order_no: "  ", price: "" };
    const input = toCaseInput(values);
    expect(input.customer).toEqual({ kind: "existing", id: "cu-1" });
    expect(input.complaint).toBe("Протекает");
    expect(input.order_no).toBeNull();
    expect(input.price).toBeNull();
    expect(input.demand_note).toBeNull();
    // No override unless the owner asks for one.
    expect(input.accept_warnings).toBe(false);
    expect(toCaseInput({ ...values, accept_warnings: true }).accept_warnings).toBe(true);
  });

  it("starts a new customer from what was typed in the search", () => {
    const base = emptyCustomer("ru");
    expect(customerFromSearch("Иванова Анна Сергеевна", base)).toMatchObject({
      surname: "Иванова",
      first_name: "Анна",
      patronymic: "Сергеевна",
    });
    expect(customerFromSearch("+7 912 345", base)).toMatchObject({ phone: "+7 912 345", surname: "" });
    expect(customerFromSearch("anna@mail.ru", base)).toMatchObject({ email: "anna@mail.ru" });
  });
});
