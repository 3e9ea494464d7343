// The same front-matter field twice.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("duplicate_field");

fn main() {
}
