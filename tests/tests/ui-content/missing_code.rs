// No `code` field.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("missing_code");

fn main() {
}
