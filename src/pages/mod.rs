//! One file per view. Pages arrange components; they hold no state of their own beyond what
//! the view needs while it is open.

mod backup;
mod crisis_parts;
mod finish;
mod guide;
mod home;
mod key;
mod network;
mod not_found;
mod plan;
mod plan_parts;
mod print;
mod safety;
mod share;
mod verify;

pub use backup::BackupPage;
pub use crisis_parts::{
    AdmissionPage, AfterPage, ContactsPage, CrisisCardPage, CrisisPage, HelpsPage, MeetPage,
    PracticalPage, SignsPage, TreatmentPage, WalletCardPage,
};
pub use finish::FinishPage;
pub use guide::GuidePage;
pub use home::HomePage;
pub use key::KeyPage;
pub use network::NetworkPage;
pub use not_found::NotFoundPage;
pub use plan::PlanPage;
pub use plan_parts::{
    AboutPage, AgreementsPage, AppointmentsPage, ConsentPage, ContributionsPage, GoalsPage,
    MeasuresPage, PeriodPage, ResourcesPage,
};
pub use print::PrintPage;
pub use safety::{HelpMessagePage, ReasonsPage, SaferPage};
pub use share::SharePage;
pub use verify::VerifyPage;
