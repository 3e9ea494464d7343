// A code below 100.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("code_below_range");

fn main() {
}
