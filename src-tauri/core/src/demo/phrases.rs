//! Names, products and complaint phrases the demo draws from (Russian and English).

pub struct Person {
    pub surname: &'static str,
    pub first_name: &'static str,
    pub patronymic: Option<&'static str>,
    pub female: bool,
}

pub const RU_FEMALE: &[(&str, &str, &str)] = &[
    ("Иванова", "Анна", "Сергеевна"), ("Смирнова", "Ольга", "Петровна"),
    ("Кузнецова", "Мария", "Ивановна"), ("Попова", "Елена", "Александровна"),
    ("Васильева", "Татьяна", "Николаевна"), ("Соколова", "Наталья", "Викторовна"),
    ("Михайлова", "Ирина", "Олеговна"), ("Новикова", "Светлана", "Юрьевна"),
    ("Фёдорова", "Юлия", "Андреевна"), ("Морозова", "Екатерина", "Дмитриевна"),
    ("Волкова", "Дарья", "Игоревна"), ("Алексеева", "Людмила", "Борисовна"),
];
pub const RU_MALE: &[(&str, &str, &str)] = &[
    ("Иванов", "Сергей", "Петрович"), ("Смирнов", "Алексей", "Иванович"),
    ("Кузнецов", "Дмитрий", "Александрович"), ("Попов", "Андрей", "Николаевич"),
    ("Васильев", "Михаил", "Сергеевич"), ("Соколов", "Игорь", "Викторович"),
    ("Михайлов", "Павел", "Олегович"), ("Новиков", "Владимир", "Юрьевич"),
    ("Фёдоров", "Николай", "Андреевич"), ("Морозов", "Артём", "Дмитриевич"),
    ("Волков", "Евгений", "Игоревич"), ("Лебедев", "Роман", "Борисович"),
];
pub const EN_FEMALE: &[(&str, &str)] = &[
    ("Smith", "Emma"), ("Johnson", "Olivia"), ("Brown", "Sophie"), ("Taylor", "Grace"),
    ("Wilson", "Chloe"), ("Davies", "Lucy"), ("Evans", "Hannah"), ("Walker", "Amelia"),
];
pub const EN_MALE: &[(&str, &str)] = &[
    ("Smith", "James"), ("Jones", "Oliver"), ("Williams", "Harry"), ("Taylor", "Jack"),
    ("Wright", "George"), ("Thomas", "Thomas"), ("Roberts", "William"), ("Green", "Daniel"),
];

pub const STAFF: &[(&str, &str)] = &[
    ("Марина Козлова", "Продавец-консультант"), ("Денис Орлов", "Продавец-консультант"),
    ("Светлана Белова", "Кассир"), ("Игорь Титов", "Курьер"),
    ("Алина Зайцева", "Администратор"), ("Пётр Громов", "Мастер сервиса"),
];

/// Products by starting-category code: (Russian, English).
pub fn products(code: &str) -> &'static [(&'static str, &'static str)] {
    match code {
        "defective" | "not_as_described" | "wrong_item" => &[
            ("Электрический чайник Vitek", "Electric kettle"), ("Фен Philips", "Hair dryer"),
            ("Кофемолка Bosch", "Coffee grinder"), ("Настольная лампа", "Desk lamp"),
            ("Сковорода Tefal 28 см", "Frying pan 28 cm"), ("Детский велосипед", "Kids' bicycle"),
            ("Куртка зимняя", "Winter jacket"), ("Кроссовки беговые", "Running shoes"),
        ],
        "delivery" => &[("Диван угловой", "Corner sofa"), ("Стиральная машина", "Washing machine"), ("Комод", "Chest of drawers")],
        "wrong_charge" | "refund_missing" => &[("Пылесос Dyson", "Vacuum cleaner"), ("Набор посуды", "Cookware set"), ("Подарочный сертификат", "Gift card")],
        "service_quality" => &[("Ремонт обуви", "Shoe repair"), ("Химчистка пальто", "Coat dry cleaning"), ("Сборка мебели", "Furniture assembly")],
        _ => &[("Покупка в магазине", "In-store purchase"), ("Заказ на сайте", "Online order")],
    }
}

/// Complaint texts by category: (Russian, English). `{p}` is the product.
pub fn complaints(code: &str) -> &'static [(&'static str, &'static str)] {
    match code {
        "defective" => &[
            ("{p} перестал работать через неделю, при включении щёлкает и выключается.", "The {p} stopped working after a week; it clicks and switches off."),
            ("{p} протекает снизу, на столе остаётся лужа.", "The {p} leaks from the bottom and leaves a puddle."),
            ("На корпусе трещина, заметила только дома при распаковке.", "There is a crack in the casing, noticed only when unpacking at home."),
        ],
        "wrong_item" => &[
            ("Заказывала другой цвет, привезли не тот товар.", "I ordered a different colour and got the wrong item."),
            ("В коробке оказалась другая модель, не та, что в чеке.", "The box held a different model from the one on the receipt."),
        ],
        "not_as_described" => &[
            ("На сайте было указано, что {p} с функцией таймера, а таймера нет.", "The website said the {p} has a timer, but it does not."),
            ("Размер не соответствует описанию в карточке товара.", "The size does not match the product description."),
        ],
        "delivery" => &[
            ("Доставку перенесли уже дважды, весь день ждал курьера.", "Delivery was rescheduled twice; I waited all day for the courier."),
            ("Обещали привезти в пятницу, до сих пор ничего нет.", "It was promised for Friday and still nothing has arrived."),
        ],
        "wrong_charge" => &[
            ("С карты списали дважды за одну покупку.", "My card was charged twice for one purchase."),
            ("Скидка по акции не применилась, пробили полную цену.", "The promotional discount was not applied; I paid full price."),
        ],
        "refund_missing" => &[
            ("Вернул товар три недели назад, деньги так и не пришли.", "I returned the item three weeks ago and the refund never arrived."),
            ("Обещали вернуть деньги за 10 дней, прошёл месяц.", "I was promised a refund within 10 days; a month has passed."),
        ],
        "staff_conduct" => &[
            ("Продавец разговаривал грубо и отказался показать товар.", "The shop assistant was rude and refused to show me the item."),
            ("На кассе нагрубили и не дали жалобную книгу.", "The cashier was rude and would not take my complaint."),
        ],
        "service_quality" => &[
            ("После ремонта каблук снова отклеился через два дня.", "After the repair the heel came off again two days later."),
            ("Мастер опоздал на два часа и не предупредил.", "The technician was two hours late without warning."),
        ],
        "safety_legal" => &[
            ("У ребёнка аллергия после игрушки, нет сертификата на упаковке.", "My child had an allergic reaction to a toy; there is no certificate on the packaging."),
            ("Отказали в возврате в течение 14 дней, ссылаясь на правила магазина.", "They refused a return within 14 days, citing shop rules."),
        ],
        _ => &[
            ("Долго ждал в очереди, работала только одна касса.", "I waited a long time; only one till was open."),
            ("Не смог дозвониться в магазин, никто не берёт трубку.", "I could not get through to the shop by phone."),
        ],
    }
}

/// Texts for the checklist steps, by root cause: (Russian, English).
pub fn listen_summary(cause: &str) -> (&'static str, &'static str) {
    match cause {
        "defect" => ("Клиент подробно описал неисправность, товаром пользовались по инструкции. Извинились за неудобство.", "The customer described the fault in detail and used the item as instructed. We apologised for the trouble."),
        "staff_error" => ("Клиент рассказал, как прошёл разговор с сотрудником, и что его задело. Извинились за этот опыт.", "The customer told us how the conversation with our staff went and what upset them. We apologised for the experience."),
        _ => ("Клиент объяснил, чего ожидал и почему считает, что его ввели в заблуждение.", "The customer explained what they expected and why they feel misled."),
    }
}

pub fn restate_summary(cause: &str) -> (&'static str, &'static str) {
    match cause {
        "defect" => ("Товар неисправен, клиент хочет решить вопрос быстро и без повторных визитов.", "The item is faulty; the customer wants it sorted quickly without coming back twice."),
        "staff_error" => ("Клиента обидело поведение сотрудника; важно, чтобы это не повторилось.", "Our staff member's behaviour hurt the customer; what matters is that it does not happen again."),
        _ => ("Клиент понял условия иначе, чем они написаны; просит разобраться.", "The customer read the terms differently from how they are written and asks us to look into it."),
    }
}

pub fn investigation(cause: &str) -> ((&'static str, &'static str), (&'static str, &'static str)) {
    match cause {
        "defect" => (
            ("Осмотрели товар, проверили чек и партию у поставщика.", "Inspected the item, checked the receipt and the supplier's batch."),
            ("Заводской брак: такая же неисправность ещё у двух товаров партии.", "A manufacturing fault: two more items from the batch show the same defect."),
        ),
        "staff_error" => (
            ("Посмотрели запись камеры, поговорили с сотрудником и старшим смены.", "Watched the camera footage, spoke with the staff member and the shift lead."),
            ("Сотрудник нарушил правила общения с покупателями.", "The staff member broke our rules for talking to customers."),
        ),
        _ => (
            ("Проверили условия акции, ценник и текст на сайте.", "Checked the promotion terms, the price tag and the website text."),
            ("Условия указаны верно, но формулировка на ценнике неочевидна.", "The terms are correct, but the wording on the price tag is unclear."),
        ),
    }
}

pub fn remedy_details(cause: &str) -> (&'static str, &'static str) {
    match cause {
        "defect" => ("Заменяем товар или возвращаем деньги по выбору клиента в день обращения.", "We replace the item or refund it, as the customer prefers, on the day they come in."),
        "staff_error" => ("Личные извинения от директора и компенсация за неудобство.", "A personal apology from the manager and compensation for the trouble."),
        _ => ("Спокойно объяснили условия и предложили скидку на следующую покупку.", "We explained the terms calmly and offered a discount on the next purchase."),
    }
}

pub fn corrective_text(cause: &str) -> (&'static str, &'static str) {
    match cause {
        "defect" => ("Претензия поставщику, проверка остатков партии перед продажей.", "A claim to the supplier; check the rest of the batch before selling it."),
        "staff_error" => ("Разбор случая с сотрудником и тренинг по работе с жалобами.", "Go through the case with the staff member; training on handling complaints."),
        _ => ("Переписать ценник и условия акции понятным языком.", "Rewrite the price tag and the promotion terms in plain words."),
    }
}

pub const CALL_NOTES: &[(&str, &str)] = &[
    ("Перезвонили, сообщили, что проверка идёт. Клиент спокоен.", "Called back to say the check is under way. The customer is calm."),
    ("Клиент уточнил удобное время для звонка — после 18:00.", "The customer asked us to call after 6 pm."),
    ("Уточнили номер заказа и дату покупки.", "Confirmed the order number and the purchase date."),
];

pub const SKIP_REASONS: &[(&str, &str)] = &[
    ("Клиент подтвердил суть жалобы письменно.", "The customer confirmed the complaint in writing."),
    ("Не удалось дозвониться за три попытки.", "Could not reach the customer after three attempts."),
    ("Клиент отказался от письма, решение передали лично.", "The customer declined a letter; we gave the decision in person."),
];
