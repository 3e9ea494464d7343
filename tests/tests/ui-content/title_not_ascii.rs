// A title with a non-ASCII letter.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("title_not_ascii");

fn main() {
}
