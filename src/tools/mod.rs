//! What runs over an output folder once it is written: [`audit`] (do the citations still
//! hold?), [`eval`] (scores against gold annotations), [`export`] (annotation-tool formats)
//! and [`report`] (a self-contained HTML page).

pub mod audit;
pub mod eval;
pub mod export;
pub mod report;
