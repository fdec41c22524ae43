//! The checklist's closed vocabularies. Serde names are the stable codes stored in SQL,
//! sent to the UI and translated there.
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::case::enums::code_enum;

code_enum!(
    /// The eleven steps of domain.md, in order.
    StepCode {
        Acknowledge => "acknowledge", Listen => "listen", Restate => "restate",
        Promise => "promise", Classify => "classify", Investigate => "investigate",
        Remedy => "remedy", CorrectiveAction => "corrective_action", Letter => "letter",
        FollowUp => "follow_up", Close => "close",
    }
);
code_enum!(
    /// Where a step stands. `not_applicable` is derived (e.g. no remedy on a refusal), never
    /// stored.
    StepState { Open => "open", Done => "done", Skipped => "skipped", NotApplicable => "not_applicable" }
);
code_enum!(
    /// Why the complaint happened (step "classify").
    RootCause { Defect => "defect", StaffError => "staff_error", Misunderstanding => "misunderstanding" }
);
code_enum!(
    /// A request the shop must refuse, orthogonal to the root cause.
    Refusal { None => "none", Unlawful => "unlawful", HarmfulToStaff => "harmful_to_staff" }
);
code_enum!(
    /// The outcome of the investigation.
    Verdict { Right => "right", PartlyRight => "partly_right", NotRight => "not_right" }
);
code_enum!(
    /// What the shop does about the problem itself (step "remedy").
    RemedyKind {
        Repair => "repair", Replace => "replace", Refund => "refund",
        PriceReduction => "price_reduction", Redelivery => "redelivery",
        Explanation => "explanation",
    }
);
code_enum!(
    /// How the closing letter reached the customer.
    HandoverMethod { InPerson => "in_person", Post => "post", Email => "email", Messenger => "messenger" }
);
code_enum!(
    /// Compensation for the trouble, one item of the ledger.
    CompensationKind {
        Refund => "refund", PartialRefund => "partial_refund", Voucher => "voucher",
        Gift => "gift", FreeService => "free_service", Replacement => "replacement",
        Repair => "repair",
    }
);
code_enum!(
    /// A warning the owner may override; the override is recorded in the timeline.
    WarningCode { HandlerIsStaffInvolved => "handler_is_staff_involved", CompensationOverLimit => "compensation_over_limit" }
);
