//! Closed vocabularies of the case register. Their serde names are the stable wire and
//! storage codes: the UI translates them, SQL stores them, exports carry them.
use serde::{Deserialize, Serialize};
use ts_rs::TS;

macro_rules! code_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
        pub enum $name { $($(#[$vmeta])* #[serde(rename = $code)] $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The stable code stored in SQL and sent over the wire.
            pub const fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }
        }
    };
}
pub(crate) use code_enum;

code_enum!(
    /// Language of the UI, of a customer's letters.
    Language { Ru => "ru", En => "en" }
);
code_enum!(
    /// How the complaint reached the shop; the acknowledgement goes back the same way.
    Channel {
        InPerson => "in_person", Phone => "phone", Sms => "sms", Whatsapp => "whatsapp",
        Viber => "viber", Telegram => "telegram", Email => "email", ReviewSite => "review_site",
        SocialMedia => "social_media", Other => "other",
    }
);
code_enum!(
    /// What the customer asks for. Drives the legal clock later (issue: checklist).
    Demand {
        Refund => "refund", Replacement => "replacement", Repair => "repair",
        PriceReduction => "price_reduction", Apology => "apology",
        Compensation => "compensation", Other => "other",
    }
);
code_enum!(
    /// How upset the customer is at intake.
    Mood { Calm => "calm", Upset => "upset", Furious => "furious" }
);
code_enum!(
    /// A case's status. It follows from the checklist's steps and is never typed by hand.
    CaseStatus {
        New => "new", Acknowledged => "acknowledged", Investigating => "investigating",
        AwaitingCustomer => "awaiting_customer", Resolved => "resolved", Closed => "closed",
    }
);
code_enum!(
    /// Grammatical gender for the salutation ("Уважаемая"/"Уважаемый"); optional.
    Gender { Female => "female", Male => "male" }
);
code_enum!(
    /// How the letter addresses the customer.
    AddressForm {
        /// «Анна Сергеевна» — first name and patronymic (Russian custom).
        NamePatronymic => "name_patronymic",
        /// "Ms Smith" / «госпожа Смирнова».
        TitleSurname => "title_surname",
        /// "Anna" — first name only.
        FirstName => "first_name",
    }
);
code_enum!(
    /// Sort orders of the case list.
    CaseSort {
        Newest => "newest", Oldest => "oldest", NumberDesc => "number_desc",
        NumberAsc => "number_asc", Customer => "customer", Status => "status",
    }
);

impl CaseStatus {
    /// Resolved and closed cases can no longer be overdue.
    pub fn is_open(self) -> bool {
        !matches!(self, CaseStatus::Resolved | CaseStatus::Closed)
    }
}
