// The same framework twice in `references`.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("duplicate_reference_key");

fn main() {
}
