// A file without front matter is rejected on line 1.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("no_front_matter");

fn main() {
}
