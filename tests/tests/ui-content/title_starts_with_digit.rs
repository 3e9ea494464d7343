// A title that cannot start a Rust identifier.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("title_starts_with_digit");

fn main() {
}
