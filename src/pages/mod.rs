//! One file per view. Pages arrange components; they hold no state of their own beyond what
//! the view needs while it is open.

mod crisis;
mod home;
mod network;
mod not_found;
mod plan;
mod share;
mod verify;

pub use crisis::CrisisPage;
pub use home::HomePage;
pub use network::NetworkPage;
pub use not_found::NotFoundPage;
pub use plan::PlanPage;
pub use share::SharePage;
pub use verify::VerifyPage;
