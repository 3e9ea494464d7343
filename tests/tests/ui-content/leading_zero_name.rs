// A file name with a leading zero, `0200.md`.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("leading_zero_name");

fn main() {
}
