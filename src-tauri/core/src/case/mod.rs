//! The case register's vocabulary: cases, customers, staff, categories, the shop profile,
//! and the validation of everything a user can type. No SQL, no Tauri.
pub mod category;
pub mod compensation;
pub mod corrective;
pub mod customer;
pub mod enums;
pub mod record;
pub mod shop;
pub mod staff;
pub mod validate;

pub use category::{Category, CategoryInput};
pub use compensation::{CompensationInput, CompensationItem};
pub use corrective::{CorrectiveAction, CorrectiveInput};
pub use customer::{Customer, CustomerInput, CustomerPage, CustomerSummary};
pub use enums::*;
pub use record::{CaseInput, CaseListItem, CasePage, CaseQuery, CaseView, CategoryRef, CustomerRef};
pub use shop::{ShopProfile, ShopProfileInput};
pub use staff::{Staff, StaffInput, StaffRef};
