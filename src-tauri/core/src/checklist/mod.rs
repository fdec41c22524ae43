//! The resolution checklist of domain.md: step definitions as data (`steps`), the fields a
//! step records (`fields`), and the pure engine that applies an action to a case's steps and
//! derives its status (`engine`). No SQL, no UI.
pub mod engine;
pub mod fields;
pub mod steps;
pub mod vocab;

pub use engine::{apply, derive, Change, ChecklistAction, Derived, StepRecord, StepSnapshot, StepsState};
pub use fields::{FieldDef, FieldKind, StepValues};
pub use steps::{definition, StepDef, DEFINITIONS};
pub use vocab::*;
