//! The two clocks of a case: the shop's own targets (`targets`) and the consumer-law
//! deadlines shipped as a versioned data file (`legal`). `case_clocks` puts them together
//! for one case. No SQL.
pub mod case_clocks;
pub mod legal;
pub mod targets;

pub use case_clocks::{case_clocks, CaseClockInput, CaseClocks, LegalClock, ShopClock};
pub use legal::{LegalRule, LegalRuleView, Subject};
pub use targets::{OpeningHours, ServiceTargets};
