// No `set` field.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("missing_set");

fn main() {
}
