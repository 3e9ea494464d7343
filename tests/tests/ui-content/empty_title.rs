// An empty title.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("empty_title");

fn main() {
}
