// A code above 599.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("code_above_range");

fn main() {
}
